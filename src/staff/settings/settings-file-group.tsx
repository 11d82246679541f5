import { useState } from 'preact/hooks';
import { useT } from '../../i18n/use-t';
import type { KioskSettings } from '../../shell/settings';
import { loadSettings, saveSettings, settingsFileName, settingsFileText } from '../../shell/settings-store';
import { BigButton } from '../../ui/big-button';
import { downloadText } from '../download';
import { FilePicker } from '../file-picker';
import { readSettingsFile } from '../read-settings-file';
import { SettingsGroup } from './settings-group';

/** The same settings on other kiosks: export the saved settings to a file, import one from the network. */
export function SettingsFileGroup({
  store,
  announce,
  onImported,
}: {
  store: Storage;
  announce: (text: string) => void;
  onImported: (settings: KioskSettings) => void;
}) {
  const { t } = useT();
  const [problems, setProblems] = useState<{ name: string; lines: string[] } | undefined>(undefined);

  const exportFile = () => {
    const name = settingsFileName();
    downloadText(settingsFileText(loadSettings(store)), name, 'application/json');
    announce(t('staff:settings.export.done', { name }));
  };

  const importFile = async (event: Event) => {
    const input = event.currentTarget as HTMLInputElement;
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    const fail = (lines: string[]) => {
      setProblems({ name: file.name, lines });
      announce(t('staff:settings.import.failed', { name: file.name }));
    };
    const read = await readSettingsFile(file, t);
    if (!read.ok) return fail(read.lines);
    const saved = saveSettings(read.settings, store);
    if (!saved.ok) return fail([t('staff:settings.storageError')]);
    setProblems(undefined);
    announce(t('staff:settings.import.done', { name: file.name }));
    onImported(saved.settings);
  };

  return (
    <SettingsGroup id="settings-file" title={t('staff:settings.export.title')} lead={t('staff:settings.export.help')}>
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
      {problems && (
        <div class="staff-notice staff-notice--error" role="alert">
          <p>{t('staff:settings.import.failed', { name: problems.name })}</p>
          <ul class="staff-notes">
            {problems.lines.map((line, i) => (
              <li key={i}>{line}</li>
            ))}
          </ul>
        </div>
      )}
    </SettingsGroup>
  );
}
