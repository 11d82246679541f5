import { useT } from '../../i18n/use-t';
import { StaffField } from '../staff-field';
import { CheckSetting, SettingsGroup } from './settings-group';
import { IDLE_MAX_S, IDLE_MIN_S, type GroupProps } from './settings-draft';

/** When the kiosk asks "Are you still there?", and reading aloud without a tap. */
export function ScreenVoiceGroup({ draft, update, error }: GroupProps) {
  const { t } = useT();
  return (
    <SettingsGroup id="settings-screen" title={t('staff:moreSettings.screen.title')} lead={t('staff:moreSettings.screen.lead')}>
      <StaffField
        id="settings-idle"
        label={t('staff:settings.time.idle')}
        hint={t('staff:settings.time.idleHint', { min: IDLE_MIN_S, max: IDLE_MAX_S, warning: draft.warningSeconds })}
        error={error('idleSeconds')}
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
            aria-invalid={error('idleSeconds') ? 'true' : undefined}
            onInput={(e) => {
              const idle = e.currentTarget.value;
              update((d) => ({ ...d, idle }));
            }}
          />
        )}
      </StaffField>
      <CheckSetting
        id="settings-auto-read"
        label={t('staff:settings.time.autoRead')}
        hint={t('staff:moreSettings.screen.autoReadHint')}
        checked={draft.autoRead}
        onChange={(autoRead) => update((d) => ({ ...d, autoRead }))}
      />
    </SettingsGroup>
  );
}
