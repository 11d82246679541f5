import { readSettingsFile } from './read-settings-file';
import type { ComponentChildren } from 'preact';
import { useRef, useState } from 'preact/hooks';
import { flows } from '../../flows/registry';
import { COMMUNES } from '../data/import/vocabulary';
import { needs } from '../help/needs';
import { languages } from '../i18n/languages';
import { useT } from '../i18n/use-t';
import { SITE_KINDS, type KioskSettings, type SiteKind } from '../shell/settings';
import {
  checkSettings,
  IDLE_MAX_S,
  IDLE_MIN_S,
  loadSettings,
  saveSettings,
  settingsFileName,
  settingsFileText,
  SITE_NAME_MAX,
  type SettingsProblem,
} from '../shell/settings-store';
import { BigButton } from '../ui/big-button';
import { downloadText } from './download';
import { FilePicker } from './file-picker';
import './staff.css';
import './access/staff-area.css';

/** The form as typed: numbers stay text until Save. */
interface Draft {
  siteKind: SiteKind;
  siteName: string;
  communeName: string;
  lat: string;
  lon: string;
  languagesOffered: string[];
  defaultLanguage: string;
  idle: string;
  autoRead: boolean;
  /** Every topic, in order, with whether it is shown. */
  topics: { id: string; shown: boolean }[];
  printing: boolean;
  paperSize: 'a4' | 'receipt';
  counterHelp: string[];
  inventoryUrl: string;
  warningSeconds: number;
}

type FieldErrors = Partial<Record<'siteName' | 'location' | 'languagesOffered' | 'idle' | 'topics' | 'inventoryUrl' | 'other', string>>;

/** The form's starting point from stored settings. */
export function draftOf(settings: KioskSettings): Draft {
  const shown = settings.topics ?? flows.map((f) => f.id);
  const hidden = flows.map((f) => f.id).filter((id) => !shown.includes(id));
  return {
    siteKind: settings.siteKind,
    siteName: settings.siteName,
    communeName: settings.communeName,
    lat: settings.location ? String(settings.location.lat) : '',
    lon: settings.location ? String(settings.location.lon) : '',
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

/** A decimal number as staff may type it (comma or point); NaN when it is not one. */
function decimal(text: string): number {
  const clean = text.trim().replace(',', '.');
  return /^-?\d+(\.\d+)?$/u.test(clean) ? Number(clean) : Number.NaN;
}

/** The settings a draft stands for, or what to correct. */
export function settingsOfDraft(draft: Draft): { settings: KioskSettings } | { errors: FieldErrors; problems: SettingsProblem[] } {
  const errors: FieldErrors = {};
  const idle = /^\s*\d+\s*$/u.test(draft.idle) ? Number(draft.idle) : Number.NaN;
  if (!(idle >= IDLE_MIN_S && idle <= IDLE_MAX_S)) errors.idle = 'staff:settings.time.idleInvalid';
  let location: KioskSettings['location'];
  if (draft.lat.trim() !== '' || draft.lon.trim() !== '') {
    if (draft.lat.trim() === '' || draft.lon.trim() === '') errors.location = 'staff:settings.location.bothNeeded';
    else location = { lat: decimal(draft.lat), lon: decimal(draft.lon) };
  }
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
    location,
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

interface SettingsScreenProps {
  /** Set-up mode: the second step of the first set-up ("Save and finish"). */
  setup?: { step: number; steps: number } | undefined;
  /** Called with the settings once saved (or imported). */
  onSaved?: ((settings: KioskSettings) => void) | undefined;
  /** For tests: where settings are kept. */
  storage?: Storage | undefined;
}

/**
 * The kiosk's settings: the place, where it stands, languages, idle delay, reading aloud, the
 * topics and their order, printing, the inventory address. Saved on the device; exported to a
 * file and imported on other kiosks so a fleet is configured once.
 */
export default function SettingsScreen({ setup, onSaved, storage }: SettingsScreenProps) {
  const { t } = useT();
  const store = storage ?? globalThis.localStorage;
  const [draft, setDraft] = useState<Draft>(() => draftOf(loadSettings(store)));
  const [errors, setErrors] = useState<FieldErrors>({});
  const [status, setStatus] = useState('');
  const [importProblems, setImportProblems] = useState<{ name: string; lines: string[] } | undefined>(undefined);
  const form = useRef<HTMLFormElement>(null);

  const set = <K extends keyof Draft>(key: K, value: Draft[K]) => setDraft((d) => ({ ...d, [key]: value }));
  const topicName = (id: string) => {
    const flow = flows.find((f) => f.id === id);
    return flow ? t(flow.tile.label) : id;
  };

  const save = () => {
    const result = settingsOfDraft(draft);
    if ('errors' in result) {
      setErrors(result.errors);
      setStatus(t('staff:settings.notSaved'));
      // The first field to correct takes focus.
      queueMicrotask(() => form.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus());
      return;
    }
    const saved = saveSettings(result.settings, store);
    if (!saved.ok) {
      setErrors({});
      setStatus(t('problems' in saved ? 'staff:settings.notSaved' : 'staff:settings.storageError'));
      return;
    }
    setErrors({});
    setDraft(draftOf(saved.settings));
    setStatus(t('staff:settings.saved'));
    onSaved?.(saved.settings);
  };

  const exportFile = () => {
    const name = settingsFileName();
    downloadText(settingsFileText(loadSettings(store)), name, 'application/json');
    setStatus(t('staff:settings.export.done', { name }));
  };

  const importFile = async (event: Event) => {
    const input = event.currentTarget as HTMLInputElement;
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    const fail = (lines: string[]) => {
      setImportProblems({ name: file.name, lines });
      setStatus(t('staff:settings.import.failed', { name: file.name }));
    };
    const read = await readSettingsFile(file, t);
    if (!read.ok) return fail(read.lines);
    const saved = saveSettings(read.settings, store);
    if (!saved.ok) return fail([t('staff:settings.storageError')]);
    setImportProblems(undefined);
    setErrors({});
    setDraft(draftOf(saved.settings));
    setStatus(t('staff:settings.import.done', { name: file.name }));
    onSaved?.(saved.settings);
  };

  const moveTopic = (index: number, by: -1 | 1) => {
    const target = index + by;
    if (target < 0 || target >= draft.topics.length) return;
    const topics = [...draft.topics];
    const [moved] = topics.splice(index, 1);
    topics.splice(target, 0, moved!);
    set('topics', topics);
    setStatus(t('staff:settings.topics.moved', { name: topicName(moved!.id), position: target + 1 }));
  };

  const toggleLanguage = (code: string, on: boolean) =>
    setDraft((d) => {
      const offered = languages.map((l) => l.code).filter((c) => (c === code ? on : d.languagesOffered.includes(c)));
      const defaultLanguage = offered.includes(d.defaultLanguage) ? d.defaultLanguage : (offered[0] ?? d.defaultLanguage);
      return { ...d, languagesOffered: offered, defaultLanguage };
    });

  const err = (key: keyof FieldErrors) => (errors[key] ? t(errors[key]!, { min: IDLE_MIN_S, max: IDLE_MAX_S }) : undefined);

  return (
    <main id="main" class="staff" aria-labelledby="staff-settings-title">
      <h1 id="staff-settings-title" tabIndex={-1}>
        {setup ? t('staff:setup.title') : t('staff:settings.title')}
      </h1>
      {setup && <p class="staff__source">{t('staff:setup.step', { current: setup.step, total: setup.steps })}</p>}
      <p>{setup ? t('staff:setup.settingsLead') : t('staff:settings.lead')}</p>
      <p role="status" class="staff__status">
        {status}
      </p>

      <form
        ref={form}
        class="staff__section"
        aria-labelledby="staff-settings-title"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          save();
        }}
      >
        <fieldset>
          <legend>{t('staff:settings.site.legend')}</legend>
          <fieldset class="staff-radios">
            <legend>{t('staff:settings.site.kind')}</legend>
            {SITE_KINDS.map((kind) => (
              <label key={kind} class="staff-check">
                <input type="radio" name="siteKind" value={kind} checked={draft.siteKind === kind} onChange={() => set('siteKind', kind)} />
                {t(`staff:settings.site.kinds.${kind}`)}
              </label>
            ))}
          </fieldset>
          <Field
            id="settings-site-name"
            label={t('staff:settings.site.name')}
            hint={t('staff:settings.site.nameHint')}
            error={err('siteName')}
          >
            {(describedBy) => (
              <input
                id="settings-site-name"
                type="text"
                maxLength={SITE_NAME_MAX}
                autoComplete="organization"
                value={draft.siteName}
                aria-describedby={describedBy}
                aria-invalid={errors.siteName ? 'true' : undefined}
                onInput={(e) => set('siteName', (e.currentTarget as HTMLInputElement).value)}
              />
            )}
          </Field>
          <fieldset class="staff-checks" aria-describedby="settings-counter-hint">
            <legend>{t('staff:check.counter.legend')}</legend>
            <p id="settings-counter-hint" class="staff-field__hint">
              {t('staff:check.counter.hint')}
            </p>
            {needs.map((need) => (
              <label key={need.id} class="staff-check">
                <input
                  type="checkbox"
                  value={need.id}
                  checked={draft.counterHelp.includes(need.id)}
                  onChange={(e) => {
                    const on = (e.currentTarget as HTMLInputElement).checked;
                    // Kept in the chips' order, whatever order they were ticked in.
                    set(
                      'counterHelp',
                      needs.map((n) => n.id).filter((id) => (id === need.id ? on : draft.counterHelp.includes(id))),
                    );
                  }}
                />
                {t(need.label)}
              </label>
            ))}
          </fieldset>
        </fieldset>

        <fieldset>
          <legend>{t('staff:settings.location.legend')}</legend>
          <Field id="settings-commune" label={t('staff:settings.location.commune')}>
            {(describedBy) => (
              <select
                id="settings-commune"
                value={draft.communeName}
                aria-describedby={describedBy}
                onChange={(e) => set('communeName', (e.currentTarget as HTMLSelectElement).value)}
              >
                {COMMUNES.map((c) => (
                  <option key={c.fr} value={c.fr}>
                    {c.nl !== c.fr ? `${c.fr} / ${c.nl}` : c.fr}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <fieldset>
            <legend>{t('staff:settings.location.coordinates')}</legend>
            <p id="settings-coords-hint" class="staff-field__hint">
              {t('staff:settings.location.coordinatesHint')}
            </p>
            {errors.location && (
              <p id="settings-coords-error" class="staff-field__error">
                {err('location')}
              </p>
            )}
            <div class="staff-coords">
              {(['lat', 'lon'] as const).map((key) => (
                <div key={key} class={`staff-field${errors.location ? ' staff-field--error' : ''}`}>
                  <label htmlFor={`settings-${key}`}>{t(`staff:settings.location.${key}`)}</label>
                  <input
                    id={`settings-${key}`}
                    type="text"
                    inputMode="decimal"
                    autoComplete="off"
                    value={draft[key]}
                    aria-describedby={errors.location ? 'settings-coords-hint settings-coords-error' : 'settings-coords-hint'}
                    aria-invalid={errors.location ? 'true' : undefined}
                    onInput={(e) => set(key, (e.currentTarget as HTMLInputElement).value)}
                  />
                </div>
              ))}
            </div>
          </fieldset>
        </fieldset>

        <fieldset>
          <legend>{t('staff:settings.languages.legend')}</legend>
          <fieldset class="staff-checks" aria-describedby={errors.languagesOffered ? 'settings-languages-error' : undefined}>
            <legend>{t('staff:settings.languages.offered')}</legend>
            {errors.languagesOffered && (
              <p id="settings-languages-error" class="staff-field__error">
                {err('languagesOffered')}
              </p>
            )}
            {languages.map((l, i) => (
              <label key={l.code} class="staff-check">
                <input
                  type="checkbox"
                  value={l.code}
                  checked={draft.languagesOffered.includes(l.code)}
                  aria-invalid={errors.languagesOffered && i === 0 ? 'true' : undefined}
                  onChange={(e) => toggleLanguage(l.code, (e.currentTarget as HTMLInputElement).checked)}
                />
                <span lang={l.code} dir={l.dir}>
                  {l.name}
                </span>
              </label>
            ))}
          </fieldset>
          <Field id="settings-default-language" label={t('staff:settings.languages.default')}>
            {(describedBy) => (
              <select
                id="settings-default-language"
                value={draft.defaultLanguage}
                aria-describedby={describedBy}
                onChange={(e) => set('defaultLanguage', (e.currentTarget as HTMLSelectElement).value)}
              >
                {languages
                  .filter((l) => draft.languagesOffered.includes(l.code))
                  .map((l) => (
                    <option key={l.code} value={l.code} lang={l.code}>
                      {l.name}
                    </option>
                  ))}
              </select>
            )}
          </Field>
        </fieldset>

        <fieldset>
          <legend>{t('staff:settings.time.legend')}</legend>
          <Field
            id="settings-idle"
            label={t('staff:settings.time.idle')}
            hint={t('staff:settings.time.idleHint', { min: IDLE_MIN_S, max: IDLE_MAX_S, warning: draft.warningSeconds })}
            error={err('idle')}
          >
            {(describedBy) => (
              <input
                id="settings-idle"
                type="number"
                inputMode="numeric"
                min={IDLE_MIN_S}
                max={IDLE_MAX_S}
                step={1}
                value={draft.idle}
                aria-describedby={describedBy}
                aria-invalid={errors.idle ? 'true' : undefined}
                onInput={(e) => set('idle', (e.currentTarget as HTMLInputElement).value)}
              />
            )}
          </Field>
          <label class="staff-check">
            <input
              type="checkbox"
              checked={draft.autoRead}
              onChange={(e) => set('autoRead', (e.currentTarget as HTMLInputElement).checked)}
            />
            {t('staff:settings.time.autoRead')}
          </label>
        </fieldset>

        <fieldset aria-describedby={errors.topics ? 'settings-topics-hint settings-topics-error' : 'settings-topics-hint'}>
          <legend>{t('staff:settings.topics.legend')}</legend>
          <p id="settings-topics-hint" class="staff-field__hint">
            {t('staff:settings.topics.hint')}
          </p>
          {errors.topics && (
            <p id="settings-topics-error" class="staff-field__error">
              {err('topics')}
            </p>
          )}
          <ol class="staff-topics">
            {draft.topics.map((topic, i) => (
              <li key={topic.id}>
                <label class="staff-check">
                  <input
                    type="checkbox"
                    checked={topic.shown}
                    aria-invalid={errors.topics && i === 0 ? 'true' : undefined}
                    onChange={(e) => {
                      const shown = (e.currentTarget as HTMLInputElement).checked;
                      set(
                        'topics',
                        draft.topics.map((x) => (x.id === topic.id ? { ...x, shown } : x)),
                      );
                    }}
                  />
                  {topicName(topic.id)}
                </label>
                <button
                  type="button"
                  class="btn btn--secondary"
                  disabled={i === 0}
                  aria-label={t('staff:settings.topics.up', { name: topicName(topic.id) })}
                  onClick={() => moveTopic(i, -1)}
                >
                  {t('staff:settings.topics.upShort')}
                </button>
                <button
                  type="button"
                  class="btn btn--secondary"
                  disabled={i === draft.topics.length - 1}
                  aria-label={t('staff:settings.topics.down', { name: topicName(topic.id) })}
                  onClick={() => moveTopic(i, 1)}
                >
                  {t('staff:settings.topics.downShort')}
                </button>
              </li>
            ))}
          </ol>
        </fieldset>

        <fieldset>
          <legend>{t('staff:settings.printing.legend')}</legend>
          <label class="staff-check">
            <input
              type="checkbox"
              checked={draft.printing}
              onChange={(e) => set('printing', (e.currentTarget as HTMLInputElement).checked)}
            />
            {t('staff:settings.printing.on')}
          </label>
          <fieldset class="staff-radios">
            <legend>{t('staff:settings.printing.paper')}</legend>
            {(['a4', 'receipt'] as const).map((size) => (
              <label key={size} class="staff-check">
                <input
                  type="radio"
                  name="paperSize"
                  value={size}
                  checked={draft.paperSize === size}
                  disabled={!draft.printing}
                  onChange={() => set('paperSize', size)}
                />
                {t(`staff:settings.printing.${size}`)}
              </label>
            ))}
          </fieldset>
        </fieldset>

        <fieldset>
          <legend>{t('staff:settings.update.legend')}</legend>
          <Field
            id="settings-inventory-url"
            label={t('staff:settings.update.url')}
            hint={t('staff:settings.update.urlHint')}
            error={err('inventoryUrl')}
          >
            {(describedBy) => (
              <input
                id="settings-inventory-url"
                type="url"
                inputMode="url"
                autoComplete="off"
                spellcheck={false}
                value={draft.inventoryUrl}
                aria-describedby={describedBy}
                aria-invalid={errors.inventoryUrl ? 'true' : undefined}
                onInput={(e) => set('inventoryUrl', (e.currentTarget as HTMLInputElement).value)}
              />
            )}
          </Field>
        </fieldset>

        {errors.other && <p class="staff-alert">{t('staff:settings.notSaved')}</p>}
        <div class="staff__actions">
          <button type="submit" class="btn btn--primary">
            {setup ? t('staff:setup.finish') : t('staff:settings.save')}
          </button>
        </div>
      </form>

      <section class="staff__section" aria-labelledby="staff-settings-file-title">
        <h2 id="staff-settings-file-title">{t('staff:settings.export.title')}</h2>
        <p>{t('staff:settings.export.help')}</p>
        <div class="staff__actions">
          <BigButton variant="secondary" onPress={exportFile}>
            {t('staff:settings.export.button')}
          </BigButton>
        </div>
        <FilePicker
          id="settings-import-file"
          label={t('staff:settings.import.file')}
          accept=".json,application/json"
          onChange={(e) => void importFile(e)}
        />
        {importProblems && (
          <div class="staff-notice staff-notice--error" role="alert">
            <p>{t('staff:settings.import.failed', { name: importProblems.name })}</p>
            <ul class="staff-notes">
              {importProblems.lines.map((line, i) => (
                <li key={i}>{line}</li>
              ))}
            </ul>
          </div>
        )}
      </section>
    </main>
  );
}

/** A label, an optional hint and error, then the control (told which ids describe it). */
function Field({
  id,
  label,
  hint,
  error,
  children,
}: {
  id: string;
  label: string;
  hint?: string;
  error?: string | undefined;
  children: (describedBy: string | undefined) => ComponentChildren;
}) {
  const ids = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ');
  return (
    <div class={`staff-field${error ? ' staff-field--error' : ''}`}>
      <label htmlFor={id}>{label}</label>
      {hint && (
        <p id={`${id}-hint`} class="staff-field__hint">
          {hint}
        </p>
      )}
      {error && (
        <p id={`${id}-error`} class="staff-field__error">
          {error}
        </p>
      )}
      {children(ids || undefined)}
    </div>
  );
}
