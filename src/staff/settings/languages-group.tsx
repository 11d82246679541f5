import { languages } from '../../i18n/languages';
import { useT } from '../../i18n/use-t';
import { StaffField } from '../staff-field';
import { SettingsGroup } from './settings-group';
import type { Draft, GroupProps } from './settings-draft';

/** The draft after ticking or unticking a language: picker order kept, the default follows if it was removed. */
function withLanguage(draft: Draft, code: string, on: boolean): Draft {
  const offered = languages.map((l) => l.code).filter((c) => (c === code ? on : draft.languagesOffered.includes(c)));
  const defaultLanguage = offered.includes(draft.defaultLanguage) ? draft.defaultLanguage : (offered[0] ?? draft.defaultLanguage);
  return { ...draft, languagesOffered: offered, defaultLanguage };
}

/** The languages people can choose, and the one the welcome screen speaks. */
export function LanguagesGroup({ draft, update, error }: GroupProps) {
  const { t, lang } = useT();
  const problem = error('languagesOffered');
  return (
    <SettingsGroup id="settings-languages" title={t('staff:moreSettings.languages.title')} lead={t('staff:moreSettings.languages.lead')}>
      <fieldset class="staff-checks settings-languages" aria-describedby={problem ? 'settings-languages-error' : undefined}>
        <legend>{t('staff:settings.languages.offered')}</legend>
        {problem && (
          <p id="settings-languages-error" class="staff-field__error">
            {problem}
          </p>
        )}
        {languages.map((l, i) => (
          <label key={l.code} class="staff-check">
            <input
              type="checkbox"
              value={l.code}
              checked={draft.languagesOffered.includes(l.code)}
              aria-invalid={problem && i === 0 ? 'true' : undefined}
              onChange={(e) => {
                const on = e.currentTarget.checked;
                update((d) => withLanguage(d, l.code, on));
              }}
            />
            <span lang={l.code} dir={l.dir}>
              {l.name}
            </span>
            {/* Partial (locales/languages.json): its missing texts show in French. */}
            {l.status === 'partial' && <span lang={lang}> ({t('staff:languageStatus.partialShort')})</span>}
          </label>
        ))}
      </fieldset>
      <StaffField
        id="settings-default-language"
        label={t('staff:settings.languages.default')}
        hint={t('staff:moreSettings.languages.defaultHint')}
      >
        {(describedBy) => (
          <select
            id="settings-default-language"
            value={draft.defaultLanguage}
            aria-describedby={describedBy}
            onChange={(e) => {
              const defaultLanguage = e.currentTarget.value;
              update((d) => ({ ...d, defaultLanguage }));
            }}
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
      </StaffField>
    </SettingsGroup>
  );
}
