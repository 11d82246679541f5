import { flows } from '../../../flows/registry';
import { languages } from '../../i18n/languages';
import type { KioskSettings, SiteKind } from '../../shell/settings';
import { checkSettings, IDLE_MAX_S, IDLE_MIN_S, type SettingsProblem } from '../../shell/settings-store';

/** The settings form as typed: numbers stay text until Save. */
export interface Draft {
  siteKind: SiteKind;
  siteName: string;
  communeName: string;
  /** The kiosk's exact point, when set (from a tap on the commune map). */
  location: KioskSettings['location'];
  languagesOffered: string[];
  defaultLanguage: string;
  idle: string;
  autoRead: boolean;
  /** Every topic, in order, with whether it is shown. */
  topics: { id: string; shown: boolean }[];
  printing: boolean;
  paperSize: KioskSettings['paperSize'];
  counterHelp: string[];
  inventoryUrl: string;
  warningSeconds: number;
}

/** What to correct, by setting (`other`: a problem no field shows), as text keys. */
export type FieldErrors = Partial<Record<keyof KioskSettings | 'other', string>>;

/** The form's starting point from stored settings. */
export function draftOf(settings: KioskSettings): Draft {
  const shown = settings.topics ?? flows.map((f) => f.id);
  const hidden = flows.map((f) => f.id).filter((id) => !shown.includes(id));
  return {
    siteKind: settings.siteKind,
    siteName: settings.siteName,
    communeName: settings.communeName,
    location: settings.location,
    // In the picker's order, whatever order was stored.
    languagesOffered: languages.map((l) => l.code).filter((c) => settings.languagesOffered.includes(c)),
    defaultLanguage: settings.defaultLanguage,
    idle: String(settings.idleSeconds),
    autoRead: settings.autoRead,
    topics: [...shown.map((id) => ({ id, shown: true })), ...hidden.map((id) => ({ id, shown: false }))],
    printing: settings.printing,
    paperSize: settings.paperSize,
    counterHelp: [...settings.counterHelp],
    inventoryUrl: settings.inventoryUrl ?? '',
    warningSeconds: settings.warningSeconds,
  };
}

/** The settings a draft stands for, or what to correct. */
export function settingsOfDraft(draft: Draft): { settings: KioskSettings } | { errors: FieldErrors; problems: SettingsProblem[] } {
  const errors: FieldErrors = {};
  const idle = /^\s*\d+\s*$/u.test(draft.idle) ? Number(draft.idle) : Number.NaN;
  if (!(idle >= IDLE_MIN_S && idle <= IDLE_MAX_S)) errors.idleSeconds = 'staff:settings.time.idleInvalid';
  if (draft.languagesOffered.length === 0) errors.languagesOffered = 'staff:settings.languages.needOne';
  const topics = draft.topics.filter((x) => x.shown).map((x) => x.id);
  if (topics.length === 0) errors.topics = 'staff:settings.topics.needOne';
  const allInOrder = topics.length === flows.length && topics.every((id, i) => flows[i]?.id === id);
  const candidate: KioskSettings = {
    siteKind: draft.siteKind,
    siteName: draft.siteName,
    defaultLanguage: draft.defaultLanguage,
    languagesOffered: draft.languagesOffered,
    idleSeconds: idle,
    warningSeconds: draft.warningSeconds,
    communeName: draft.communeName,
    location: draft.location,
    autoRead: draft.autoRead,
    // Every topic in the usual order is stored as "unset": a topic added later then shows too.
    topics: allInOrder ? undefined : topics,
    printing: draft.printing,
    paperSize: draft.paperSize,
    counterHelp: draft.counterHelp,
    inventoryUrl: draft.inventoryUrl.trim() === '' ? undefined : draft.inventoryUrl.trim(),
  };
  if (Object.keys(errors).length > 0) return { errors, problems: [] };
  const checked = checkSettings(candidate);
  if (checked.ok) return { settings: checked.settings };
  for (const p of checked.problems) {
    if (p.field === 'location') errors.location = 'staff:settings.location.invalid';
    else if (p.field === 'inventoryUrl') errors.inventoryUrl = 'staff:settings.update.urlInvalid';
    else if (p.field === 'siteName') errors.siteName = 'staff:settings.site.nameInvalid';
    else errors.other = 'staff:settings.notSaved';
  }
  return { errors, problems: checked.problems };
}

/** What each group of settings gets: the draft, a way to change it, and the error of a setting. */
export interface GroupProps {
  draft: Draft;
  update: (change: (draft: Draft) => Draft) => void;
  /** The error to show for a setting, in words; undefined when none. */
  error: (key: keyof FieldErrors) => string | undefined;
}

export { IDLE_MAX_S, IDLE_MIN_S };
