import { useT } from '../../i18n/use-t';
import { StaffField } from '../staff-field';
import { SettingsGroup } from './settings-group';
import type { GroupProps } from './settings-draft';

/** Where staff may fetch a newer list of places from (the web address the network gave them). */
export function UpdatesGroup({ draft, update, error }: GroupProps) {
  const { t } = useT();
  return (
    <SettingsGroup id="settings-updates" title={t('staff:moreSettings.updates.title')} lead={t('staff:moreSettings.updates.lead')}>
      <StaffField
        id="settings-inventory-url"
        label={t('staff:settings.update.url')}
        hint={t('staff:settings.update.urlHint')}
        error={error('inventoryUrl')}
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
            aria-invalid={error('inventoryUrl') ? 'true' : undefined}
            onInput={(e) => {
              const inventoryUrl = e.currentTarget.value;
              update((d) => ({ ...d, inventoryUrl }));
            }}
          />
        )}
      </StaffField>
    </SettingsGroup>
  );
}
