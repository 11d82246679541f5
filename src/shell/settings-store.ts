import { needs } from '../help/needs';
import { flows } from '../../flows/registry';
import { languages } from '../i18n/languages';
import { defaultSettings, SITE_KINDS, type KioskSettings } from './settings';
import { localStorageOrNothing, SETTINGS_KEY } from './welcome-settings';

/**
 * The kiosk's settings on the device: one localStorage entry, read synchronously when the app
 * loads (no IndexedDB; the welcome screen reads its two fields alone, src/shell/welcome-settings.ts),
 * checked field by field. Staff edit, export and import them
 * in staff mode; the staff code is kept elsewhere (src/staff/access/) and never exported.
 */
export { SETTINGS_KEY };

/**
 * The 19 communes by French name (as in src/data/import/vocabulary.ts, which a test checks).
 * Listed here so the boot does not pull the import's vocabulary onto the first screen.
 */
export const COMMUNE_NAMES: readonly string[] = [
  'Anderlecht',
  'Auderghem',
  'Berchem-Sainte-Agathe',
  'Bruxelles',
  'Etterbeek',
  'Evere',
  'Forest',
  'Ganshoren',
  'Ixelles',
  'Jette',
  'Koekelberg',
  'Molenbeek-Saint-Jean',
  'Saint-Gilles',
  'Saint-Josse-ten-Noode',
  'Schaerbeek',
  'Uccle',
  'Watermael-Boitsfort',
  'Woluwe-Saint-Lambert',
  'Woluwe-Saint-Pierre',
];

/** Idle delay bounds (seconds) staff may choose. */
export const IDLE_MIN_S = 30;
export const IDLE_MAX_S = 600;
/** Longest site name. */
export const SITE_NAME_MAX = 100;
/** Largest settings file accepted (bytes); a real one is well under 2 kB. */
export const SETTINGS_FILE_MAX_BYTES = 64 * 1024;

/** What is wrong with one field (or the whole file), as a code the staff texts explain. */
export interface SettingsProblem {
  /** The field name, or '' for the whole file. */
  field: string;
  code:
    | 'notJson'
    | 'notSettingsFile'
    | 'version'
    | 'tooLarge'
    | 'notObject'
    | 'unknownField'
    | 'type'
    | 'unknownValue'
    | 'range'
    | 'empty'
    | 'duplicate'
    | 'tooLong'
    | 'url'
    | 'defaultNotOffered';
  params?: Record<string, string | number>;
}

type Checked<T> = { ok: true; value: T } | { ok: false; problem: Omit<SettingsProblem, 'field'> };
type Check<T> = (value: unknown) => Checked<T>;

const ok = <T>(value: T): Checked<T> => ({ ok: true, value });
const bad = (code: SettingsProblem['code'], params?: Record<string, string | number>): Checked<never> => ({
  ok: false,
  problem: params ? { code, params } : { code },
});

const oneOf =
  <T extends string>(allowed: readonly T[]): Check<T> =>
  (v) =>
    typeof v !== 'string'
      ? bad('type')
      : (allowed as readonly string[]).includes(v)
        ? ok(v as T)
        : bad('unknownValue', { value: v.slice(0, 40) });

const bool: Check<boolean> = (v) => (typeof v === 'boolean' ? ok(v) : bad('type'));

const integer =
  (min: number, max: number): Check<number> =>
  (v) =>
    typeof v !== 'number' || !Number.isInteger(v) ? bad('type') : v < min || v > max ? bad('range', { min, max }) : ok(v);

// No control characters: the name may end up on paper and in exported files.
const plainText =
  (max: number): Check<string> =>
  (v) =>
    typeof v !== 'string' ? bad('type') : v.length > max ? bad('tooLong', { max }) : hasControlCharacter(v) ? bad('type') : ok(v.trim());

/** A control character (tab, line break, NUL, DEL…) has no place in a one-line setting. */
function hasControlCharacter(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x20 || code === 0x7f) return true;
  }
  return false;
}

const listOf =
  (allowed: readonly string[], mayBeEmpty = false): Check<string[]> =>
  (v) => {
    if (!Array.isArray(v) || v.some((x) => typeof x !== 'string')) return bad('type');
    if (v.length === 0 && !mayBeEmpty) return bad('empty');
    const unknown = (v as string[]).find((x) => !allowed.includes(x));
    if (unknown !== undefined) return bad('unknownValue', { value: unknown.slice(0, 40) });
    if (new Set(v).size !== v.length) return bad('duplicate');
    return ok([...(v as string[])]);
  };

const optional =
  <T>(check: Check<T>): Check<T | undefined> =>
  (v) =>
    v === undefined || v === null ? ok(undefined) : check(v);

/** Belgium's bounding box, generously: catches a swapped latitude and longitude. */
const LAT = [49.4, 51.6] as const;
const LON = [2.5, 6.5] as const;

const latLon: Check<{ lat: number; lon: number }> = (v) => {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return bad('type');
  const { lat, lon, ...rest } = v as Record<string, unknown>;
  if (Object.keys(rest).length > 0 || typeof lat !== 'number' || typeof lon !== 'number' || !Number.isFinite(lat) || !Number.isFinite(lon))
    return bad('type');
  if (lat < LAT[0] || lat > LAT[1] || lon < LON[0] || lon > LON[1])
    return bad('range', { min: `${LAT[0]}, ${LON[0]}`, max: `${LAT[1]}, ${LON[1]}` });
  return ok({ lat, lon });
};

const httpUrl: Check<string> = (v) => {
  if (typeof v !== 'string') return bad('type');
  const text = v.trim();
  if (text.length > 2000) return bad('tooLong', { max: 2000 });
  try {
    const url = new URL(text);
    return url.protocol === 'https:' || url.protocol === 'http:' ? ok(url.href) : bad('url');
  } catch {
    return bad('url');
  }
};

/** The check of each field (the set of fields a settings file may hold). */
const FIELDS: { [K in keyof KioskSettings]-?: Check<KioskSettings[K]> } = {
  siteKind: oneOf(SITE_KINDS),
  siteName: plainText(SITE_NAME_MAX),
  defaultLanguage: oneOf(languages.map((l) => l.code)),
  languagesOffered: listOf(languages.map((l) => l.code)),
  idleSeconds: integer(IDLE_MIN_S, IDLE_MAX_S),
  warningSeconds: integer(10, 120),
  communeName: oneOf(COMMUNE_NAMES),
  location: optional(latLon),
  autoRead: bool,
  topics: optional(listOf(flows.map((f) => f.id))),
  printing: bool,
  paperSize: oneOf(['a4', 'receipt'] as const),
  counterHelp: listOf(
    needs.map((n) => n.id),
    true,
  ),
  inventoryUrl: optional(httpUrl),
};

const FIELD_NAMES = Object.keys(FIELDS) as (keyof KioskSettings)[];

/** Settings with the optional fields left out when unset (what is stored and exported). */
function compact(settings: KioskSettings): KioskSettings {
  const out: Record<string, unknown> = {};
  for (const name of FIELD_NAMES) if (settings[name] !== undefined) out[name] = settings[name];
  return out as unknown as KioskSettings;
}

/**
 * Checks settings strictly (saving, importing a file): every field present must be valid, an
 * unknown field is an error (a typo in a hand-edited file must not pass unnoticed), a missing
 * field takes its default.
 */
export function checkSettings(value: unknown): { ok: true; settings: KioskSettings } | { ok: false; problems: SettingsProblem[] } {
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    return { ok: false, problems: [{ field: '', code: 'notObject' }] };
  const input = value as Record<string, unknown>;
  const problems: SettingsProblem[] = Object.keys(input)
    .filter((k) => !(FIELD_NAMES as string[]).includes(k))
    .map((k) => ({ field: k.slice(0, 40), code: 'unknownField' }));
  const out: Record<string, unknown> = { ...defaultSettings };
  for (const name of FIELD_NAMES) {
    if (!(name in input)) continue;
    const checked = (FIELDS[name] as Check<unknown>)(input[name]);
    if (checked.ok) out[name] = checked.value;
    else problems.push({ field: name, ...checked.problem });
  }
  const settings = out as unknown as KioskSettings;
  if (problems.length === 0 && !settings.languagesOffered.includes(settings.defaultLanguage)) {
    problems.push({ field: 'defaultLanguage', code: 'defaultNotOffered' });
  }
  return problems.length > 0 ? { ok: false, problems } : { ok: true, settings: compact(settings) };
}

/**
 * Settings from any stored value, never failing: each invalid field falls back to its default
 * (one bad value does not undo the rest), unknown fields are dropped.
 */
export function sanitizeSettings(value: unknown): KioskSettings {
  const input = typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
  const out: Record<string, unknown> = { ...defaultSettings };
  for (const name of FIELD_NAMES) {
    const checked = (FIELDS[name] as Check<unknown>)(input[name]);
    if (name in input && checked.ok) out[name] = checked.value;
  }
  const settings = out as unknown as KioskSettings;
  if (!settings.languagesOffered.includes(settings.defaultLanguage)) {
    settings.defaultLanguage = defaultSettings.defaultLanguage;
    settings.languagesOffered = [...defaultSettings.languagesOffered];
  }
  return compact(settings);
}

/**
 * The stored settings, read synchronously; the defaults when none are stored, and a valid value
 * for every field whatever the entry holds. Never throws.
 */
export function loadSettings(storage: Storage | undefined = localStorageOrNothing()): KioskSettings {
  try {
    const text = storage?.getItem(SETTINGS_KEY);
    if (text == null) return compact({ ...defaultSettings });
    return sanitizeSettings(JSON.parse(text));
  } catch {
    return compact({ ...defaultSettings });
  }
}

/** Whether staff have saved settings on this device. */
export function hasStoredSettings(storage: Storage | undefined = localStorageOrNothing()): boolean {
  try {
    return storage?.getItem(SETTINGS_KEY) != null;
  } catch {
    return false;
  }
}

/** Saves settings after a strict check; nothing is written when they are not valid. */
export function saveSettings(
  settings: KioskSettings,
  storage: Storage | undefined = localStorageOrNothing(),
): { ok: true; settings: KioskSettings } | { ok: false; problems: SettingsProblem[] } | { ok: false; storage: true } {
  const checked = checkSettings(settings);
  if (!checked.ok) return checked;
  try {
    if (!storage) throw new Error('no storage');
    storage.setItem(SETTINGS_KEY, JSON.stringify(checked.settings));
  } catch {
    return { ok: false, storage: true };
  }
  return checked;
}

/** What a settings file says it is (the rest is `settings`). */
const FILE_KIND = 'kiosque-esante-settings';
const FILE_VERSION = 1;

/** A settings file for other kiosks: the settings only, never the staff code's hash. */
export function settingsFileText(settings: KioskSettings, now: Date = new Date()): string {
  return `${JSON.stringify({ kind: FILE_KIND, version: FILE_VERSION, exportedAt: now.toISOString(), settings: compact(settings) }, null, 2)}\n`;
}

/** The file name of an export: kiosque-settings-2025-01-31.json. */
export function settingsFileName(now: Date = new Date()): string {
  return `kiosque-settings-${now.toISOString().slice(0, 10)}.json`;
}

/** Reads a settings file strictly: the settings, or every problem found (and nothing applied). */
export function parseSettingsFile(text: string): { ok: true; settings: KioskSettings } | { ok: false; problems: SettingsProblem[] } {
  if (text.length > SETTINGS_FILE_MAX_BYTES)
    return { ok: false, problems: [{ field: '', code: 'tooLarge', params: { maxKb: SETTINGS_FILE_MAX_BYTES / 1024 } }] };
  let parsed: unknown;
  try {
    parsed = JSON.parse(text.replace(/^\uFEFF/u, ''));
  } catch {
    return { ok: false, problems: [{ field: '', code: 'notJson' }] };
  }
  if (typeof parsed !== 'object' || parsed === null || (parsed as Record<string, unknown>)['kind'] !== FILE_KIND) {
    return { ok: false, problems: [{ field: '', code: 'notSettingsFile' }] };
  }
  const file = parsed as Record<string, unknown>;
  if (file['version'] !== FILE_VERSION)
    return { ok: false, problems: [{ field: '', code: 'version', params: { version: String(file['version']).slice(0, 20) } }] };
  return checkSettings(file['settings']);
}
