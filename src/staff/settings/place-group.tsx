import { COMMUNES } from '../../data/import/vocabulary';
import { needs } from '../../help/needs';
import { useT } from '../../i18n/use-t';
import { SITE_KINDS } from '../../shell/settings';
import { SITE_NAME_MAX } from '../../shell/settings-store';
import { PositionPicker } from '../position-picker';
import { StaffField } from '../staff-field';
import { SettingsGroup } from './settings-group';
import type { GroupProps } from './settings-draft';

/** The place (kind, name), where the kiosk stands, and what its staff help with at the counter. */
export function PlaceGroup({ draft, update, error }: GroupProps) {
  const { t } = useT();
  return (
    <SettingsGroup id="settings-place" title={t('staff:moreSettings.place.title')} lead={t('staff:moreSettings.place.lead')}>
      <fieldset class="staff-radios">
        <legend>{t('staff:settings.site.kind')}</legend>
        {SITE_KINDS.map((kind) => (
          <label key={kind} class="staff-check">
            <input
              type="radio"
              name="siteKind"
              value={kind}
              checked={draft.siteKind === kind}
              onChange={() => update((d) => ({ ...d, siteKind: kind }))}
            />
            {t(`staff:settings.site.kinds.${kind}`)}
          </label>
        ))}
      </fieldset>
      <StaffField
        id="settings-site-name"
        label={t('staff:settings.site.name')}
        hint={t('staff:settings.site.nameHint')}
        error={error('siteName')}
      >
        {(describedBy) => (
          <input
            id="settings-site-name"
            type="text"
            maxLength={SITE_NAME_MAX}
            autoComplete="organization"
            value={draft.siteName}
            aria-describedby={describedBy}
            aria-invalid={error('siteName') ? 'true' : undefined}
            onInput={(e) => {
              const siteName = e.currentTarget.value;
              update((d) => ({ ...d, siteName }));
            }}
          />
        )}
      </StaffField>
      <StaffField id="settings-commune" label={t('staff:settings.location.commune')} hint={t('staff:wizard.commune.lead')}>
        {(describedBy) => (
          <select
            id="settings-commune"
            value={draft.communeName}
            aria-describedby={describedBy}
            onChange={(e) => {
              const communeName = e.currentTarget.value;
              // A point in another commune would contradict it: the exact point goes with the old commune.
              update((d) => ({ ...d, communeName, location: communeName === d.communeName ? d.location : undefined }));
            }}
          >
            {COMMUNES.map((c) => (
              <option key={c.fr} value={c.fr}>
                {c.nl !== c.fr ? `${c.fr} / ${c.nl}` : c.fr}
              </option>
            ))}
          </select>
        )}
      </StaffField>
      <fieldset aria-describedby={error('location') ? 'settings-position-error' : undefined}>
        <legend>{t('staff:wizard.commune.preciseTitle')}</legend>
        {error('location') && (
          <p id="settings-position-error" class="staff-field__error">
            {error('location')}
          </p>
        )}
        <PositionPicker
          communeName={draft.communeName}
          location={draft.location}
          onChange={(location) => update((d) => ({ ...d, location }))}
        />
      </fieldset>
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
                const on = e.currentTarget.checked;
                // Kept in the chips' order, whatever order they were ticked in.
                update((d) => ({
                  ...d,
                  counterHelp: needs.map((n) => n.id).filter((id) => (id === need.id ? on : d.counterHelp.includes(id))),
                }));
              }}
            />
            {t(need.label)}
          </label>
        ))}
      </fieldset>
    </SettingsGroup>
  );
}
