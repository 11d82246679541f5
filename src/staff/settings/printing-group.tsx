import { useT } from '../../i18n/use-t';
import { CheckSetting, SettingsGroup } from './settings-group';
import type { GroupProps } from './settings-draft';

/** Whether take-away papers are offered, and on which paper. */
export function PrintingGroup({ draft, update }: GroupProps) {
  const { t } = useT();
  return (
    <SettingsGroup id="settings-printing" title={t('staff:moreSettings.printing.title')} lead={t('staff:moreSettings.printing.lead')}>
      <CheckSetting
        id="settings-printing-on"
        label={t('staff:settings.printing.on')}
        hint={t('staff:moreSettings.printing.onHint')}
        checked={draft.printing}
        onChange={(printing) => update((d) => ({ ...d, printing }))}
      />
      <fieldset class="staff-radios" aria-describedby="settings-paper-hint">
        <legend>{t('staff:settings.printing.paper')}</legend>
        <p id="settings-paper-hint" class="staff-field__hint">
          {t('staff:moreSettings.printing.paperHint')}
        </p>
        {(['a4', 'receipt'] as const).map((size) => (
          <label key={size} class="staff-check">
            <input
              type="radio"
              name="paperSize"
              value={size}
              checked={draft.paperSize === size}
              disabled={!draft.printing}
              onChange={() => update((d) => ({ ...d, paperSize: size }))}
            />
            {t(`staff:settings.printing.${size}`)}
          </label>
        ))}
      </fieldset>
    </SettingsGroup>
  );
}
