import { useRef, useState } from 'preact/hooks';
import { useT } from '../i18n/use-t';
import type { KioskSettings } from '../shell/settings';
import { IDLE_MAX_S, IDLE_MIN_S, loadSettings, saveSettings } from '../shell/settings-store';
import { LanguagesGroup } from './settings/languages-group';
import { PlaceGroup } from './settings/place-group';
import { PrintingGroup } from './settings/printing-group';
import { ScreenVoiceGroup } from './settings/screen-voice-group';
import { draftOf, settingsOfDraft, type Draft, type FieldErrors } from './settings/settings-draft';
import { SettingsFileGroup } from './settings/settings-file-group';
import { TopicsGroup } from './settings/topics-group';
import { UpdatesGroup } from './settings/updates-group';
import './settings/settings.css';
import './staff.css';

export { draftOf, settingsOfDraft };

interface SettingsScreenProps {
  /** Called with the settings once saved (or imported). */
  onSaved?: ((settings: KioskSettings) => void) | undefined;
  /** For tests: where settings are kept. */
  storage?: Storage | undefined;
}

/**
 * "More settings": everything the first set-up does not ask, in groups (place and help nearby,
 * languages, screen and voice, topics, printing, list updates), each setting with one plain line
 * saying what it does; Save stays in sight under the form. Saved on the device; exported to a
 * file and imported on other kiosks so a network sets its kiosks up once.
 */
export default function SettingsScreen({ onSaved, storage }: SettingsScreenProps) {
  const { t } = useT();
  const store = storage ?? globalThis.localStorage;
  const [draft, setDraft] = useState<Draft>(() => draftOf(loadSettings(store)));
  const [errors, setErrors] = useState<FieldErrors>({});
  const [status, setStatus] = useState('');
  const form = useRef<HTMLFormElement>(null);

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

  const group = {
    draft,
    update: (change: (d: Draft) => Draft) => setDraft(change),
    error: (key: keyof FieldErrors) => {
      const text = errors[key];
      return text ? t(text, { min: IDLE_MIN_S, max: IDLE_MAX_S }) : undefined;
    },
  };

  return (
    <main id="main" class="staff more-settings" aria-labelledby="staff-settings-title">
      <h1 id="staff-settings-title" tabIndex={-1}>
        {t('staff:settings.title')}
      </h1>
      <p>{t('staff:settings.lead')}</p>
      <form
        ref={form}
        aria-labelledby="staff-settings-title"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          save();
        }}
      >
        <div class="more-settings__groups">
          <PlaceGroup {...group} />
          <LanguagesGroup {...group} />
          <ScreenVoiceGroup {...group} />
          <TopicsGroup {...group} announce={setStatus} />
          <PrintingGroup {...group} />
          <UpdatesGroup {...group} />
        </div>
        {errors.other && <p class="staff-alert">{t('staff:settings.notSaved')}</p>}
        {/* The way on: Save and what it did, pinned under the form however long it is. */}
        <div class="more-settings__save">
          <p role="status" class="staff__status">
            {status}
          </p>
          <button type="submit" class="btn btn--primary">
            {t('staff:settings.save')}
          </button>
        </div>
      </form>
      <SettingsFileGroup
        store={store}
        announce={setStatus}
        onImported={(settings) => {
          setErrors({});
          setDraft(draftOf(settings));
          onSaved?.(settings);
        }}
      />
    </main>
  );
}
