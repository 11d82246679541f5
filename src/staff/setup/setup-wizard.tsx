import type { ComponentChildren } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { COMMUNES } from '../../data/import/vocabulary';
import { needs } from '../../help/needs';
import { languages } from '../../i18n/languages';
import { useT } from '../../i18n/use-t';
import { PrintHeader } from '../../print/print-header';
import { printPage } from '../../print/print-page';
import { SITE_KINDS, type KioskSettings } from '../../shell/settings';
import { hasStoredSettings, loadSettings, saveSettings, SITE_NAME_MAX } from '../../shell/settings-store';
import { readSettingsFile } from '../read-settings-file';
import { BigButton } from '../../ui/big-button';
import { FilePicker } from '../file-picker';
import { PositionPicker } from '../position-picker';
import { USUAL_LANGUAGES, withCounterNeed, withLanguage, withSiteKind } from './setup-choices';
import { TryAsVisitor } from './try-as-visitor';
import './setup.css';

/** The questions of the first set-up, one a screen. */
export const SETUP_SCREENS = ['kind', 'commune', 'counter', 'languages', 'printer', 'summary'] as const;
type Screen = (typeof SETUP_SCREENS)[number];
/** After a settings file from the network: only what is local to this place is asked. */
const AFTER_FILE: readonly Screen[] = ['commune', 'counter', 'summary'];

interface SetupWizardProps {
  /** Called once the settings are saved; `more` when staff asked for "More settings". */
  onDone: (settings: KioskSettings, more: boolean) => void;
  /** For tests: where settings are kept. */
  storage?: Storage | undefined;
}

/** The settings the set-up starts from: what is stored, else the defaults with every language ticked. */
function startingSettings(store: Storage): KioskSettings {
  const stored = loadSettings(store);
  if (hasStoredSettings(store)) return stored;
  return {
    ...stored,
    languagesOffered: [...USUAL_LANGUAGES],
    defaultLanguage: USUAL_LANGUAGES.includes(stored.defaultLanguage) ? stored.defaultLanguage : 'fr',
  };
}

/**
 * The first set-up after the staff code: six short screens, one question each, an answer already
 * chosen on each, "Next" always in sight. The rest (idle delay, topics, reading aloud, list
 * updates) waits in "More settings".
 */
export default function SetupWizard({ onDone, storage }: SetupWizardProps) {
  const { t } = useT();
  const store = storage ?? globalThis.localStorage;
  const [settings, setSettings] = useState<KioskSettings>(() => startingSettings(store));
  const [path, setPath] = useState<readonly Screen[]>(SETUP_SCREENS);
  const [index, setIndex] = useState(0);
  const [problem, setProblem] = useState<{ title: string; lines: string[] } | undefined>(undefined);
  // The public kiosk open over the summary, with the answers saved ("Try it as a visitor").
  const [trying, setTrying] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);
  const screen = path[index]!;

  // Each new question's heading takes focus, so a screen reader starts there.
  useEffect(() => heading.current?.focus(), [screen]);

  const finish = (more: boolean) => {
    const saved = saveSettings(settings, store);
    if (!saved.ok) {
      setProblem({ title: t('staff:settings.storageError'), lines: [] });
      return;
    }
    onDone(saved.settings, more);
  };

  const importFile = async (event: Event) => {
    const input = event.currentTarget as HTMLInputElement;
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    const read = await readSettingsFile(file, t);
    if (!read.ok) return setProblem({ title: t('staff:settings.import.failed', { name: file.name }), lines: read.lines });
    setProblem(undefined);
    setSettings(read.settings);
    setPath(AFTER_FILE);
    setIndex(0);
  };

  /** Saves the answers as they are, then shows the public kiosk that uses them; Done saves again. */
  const tryAsVisitor = () => {
    const saved = saveSettings(settings, store);
    if (!saved.ok) return setProblem({ title: t('staff:settings.storageError'), lines: [] });
    setTrying(true);
  };

  const next = () => (index < path.length - 1 ? setIndex(index + 1) : finish(false));
  const back = index > 0 ? () => setIndex(index - 1) : undefined;

  return (
    <main id="main" class="staff setup" aria-labelledby="setup-question">
      <div class="setup__screen">
        <p class="staff__source">{t('staff:wizard.progress', { current: index + 1, total: path.length })}</p>
        <h1 id="setup-question" ref={heading} tabIndex={-1}>
          {t(`staff:wizard.${screen}.title`)}
        </h1>
        <p class="setup__lead">{t(`staff:wizard.${screen}.lead`)}</p>
        {problem && (
          <div class="staff-notice staff-notice--error" role="alert">
            <p>{problem.title}</p>
            {problem.lines.length > 0 && (
              <ul class="staff-notes">
                {problem.lines.map((line, i) => (
                  <li key={i}>{line}</li>
                ))}
              </ul>
            )}
          </div>
        )}
        {screen === 'kind' && <KindQuestion settings={settings} onChange={setSettings} onFile={(e) => void importFile(e)} />}
        {screen === 'commune' && <CommuneQuestion settings={settings} onChange={setSettings} />}
        {screen === 'counter' && <CounterQuestion settings={settings} onChange={setSettings} />}
        {screen === 'languages' && <LanguagesQuestion settings={settings} onChange={setSettings} />}
        {screen === 'printer' && <PrinterQuestion settings={settings} onChange={setSettings} />}
        {screen === 'summary' && (
          <>
            <Summary settings={settings} />
            <p>{t('staff:tryVisitor.lead')}</p>
            <BigButton variant="secondary" pictogram="touch" onPress={tryAsVisitor}>
              {t('staff:tryVisitor.button')}
            </BigButton>
          </>
        )}
      </div>
      {/* The way on stays in sight at the bottom, however long the question. */}
      <div class="setup__actions">
        {back && (
          <BigButton variant="secondary" pictogram="back" onPress={back}>
            {t('staff:wizard.back')}
          </BigButton>
        )}
        {screen === 'summary' && (
          <BigButton variant="secondary" onPress={() => finish(true)}>
            {t('staff:wizard.more')}
          </BigButton>
        )}
        <BigButton variant="primary" class="setup__next" onPress={next}>
          {screen === 'summary' ? t('staff:wizard.done') : t('staff:wizard.next')}
        </BigButton>
      </div>
      {screen === 'printer' && <TestPage settings={settings} />}
      {trying && (
        <TryAsVisitor
          onBack={() => {
            setTrying(false);
            heading.current?.focus();
          }}
        />
      )}
    </main>
  );
}

interface QuestionProps {
  settings: KioskSettings;
  onChange: (settings: KioskSettings) => void;
}

/** A big answer button that stays pressed when chosen. */
function Choice({ chosen, onPress, children, lang }: { chosen: boolean; onPress: () => void; children: ComponentChildren; lang?: string }) {
  return (
    <button type="button" class="btn btn--option setup__choice" aria-pressed={chosen ? 'true' : 'false'} lang={lang} onClick={onPress}>
      <span class="setup__tick" aria-hidden="true">
        {chosen ? '✓' : ''}
      </span>
      <span>{children}</span>
    </button>
  );
}

function KindQuestion({ settings, onChange, onFile }: QuestionProps & { onFile: (event: Event) => void }) {
  const { t } = useT();
  return (
    <>
      <div class="setup__choices setup__choices--two" role="group" aria-labelledby="setup-question">
        {SITE_KINDS.map((kind) => (
          <Choice key={kind} chosen={settings.siteKind === kind} onPress={() => onChange(withSiteKind(settings, kind))}>
            {t(`staff:settings.site.kinds.${kind}`)}
          </Choice>
        ))}
      </div>
      <div class="staff-field">
        <label htmlFor="setup-site-name">{t('staff:wizard.kind.name')}</label>
        <input
          id="setup-site-name"
          type="text"
          maxLength={SITE_NAME_MAX}
          autoComplete="organization"
          value={settings.siteName}
          onInput={(e) => onChange({ ...settings, siteName: e.currentTarget.value })}
        />
      </div>
      <details class="setup__more">
        <summary>{t('staff:wizard.kind.fileTitle')}</summary>
        <p>{t('staff:wizard.kind.fileLead')}</p>
        <FilePicker id="setup-file" label={t('staff:wizard.kind.file')} accept=".json,application/json" onChange={onFile} />
      </details>
    </>
  );
}

function CommuneQuestion({ settings, onChange }: QuestionProps) {
  const { t } = useT();
  return (
    <>
      <div class="setup__choices setup__choices--communes" role="group" aria-labelledby="setup-question">
        {COMMUNES.map((c) => (
          <Choice
            key={c.fr}
            chosen={settings.communeName === c.fr}
            onPress={() =>
              onChange({ ...settings, communeName: c.fr, location: settings.communeName === c.fr ? settings.location : undefined })
            }
          >
            {c.nl !== c.fr ? (
              <>
                <span lang="fr">{c.fr}</span>
                <span class="setup__other-name" lang="nl">
                  {c.nl}
                </span>
              </>
            ) : (
              c.fr
            )}
          </Choice>
        ))}
      </div>
      <details class="setup__more">
        <summary>{t('staff:wizard.commune.preciseTitle')}</summary>
        <PositionPicker
          communeName={settings.communeName}
          location={settings.location}
          onChange={(location) => onChange({ ...settings, location })}
        />
      </details>
    </>
  );
}

function CounterQuestion({ settings, onChange }: QuestionProps) {
  const { t } = useT();
  return (
    <div class="setup__choices setup__choices--two" role="group" aria-labelledby="setup-question">
      {needs.map((need) => {
        const on = settings.counterHelp.includes(need.id);
        return (
          <Choice key={need.id} chosen={on} onPress={() => onChange(withCounterNeed(settings, need.id, !on))}>
            {t(need.label)}
          </Choice>
        );
      })}
    </div>
  );
}

function LanguagesQuestion({ settings, onChange }: QuestionProps) {
  const { t, lang } = useT();
  const order = languages.map((l) => l.code);
  const offered = languages.filter((l) => settings.languagesOffered.includes(l.code));
  return (
    <>
      <div class="setup__choices setup__choices--three" role="group" aria-labelledby="setup-question">
        {languages.map((l) => {
          const on = settings.languagesOffered.includes(l.code);
          return (
            <Choice key={l.code} chosen={on} lang={l.code} onPress={() => onChange(withLanguage(settings, order, l.code, !on))}>
              <span dir={l.dir}>{l.name}</span>
              {/* Partial (locales/languages.json): its missing texts show in French; never ticked at first. */}
              {l.status === 'partial' && <span lang={lang}> ({t('staff:languageStatus.partialShort')})</span>}
            </Choice>
          );
        })}
      </div>
      <h2 id="setup-default-language">{t('staff:wizard.languages.default')}</h2>
      <div class="setup__choices setup__choices--three" role="group" aria-labelledby="setup-default-language">
        {offered.map((l) => (
          <Choice
            key={l.code}
            chosen={settings.defaultLanguage === l.code}
            lang={l.code}
            onPress={() => onChange({ ...settings, defaultLanguage: l.code })}
          >
            <span dir={l.dir}>{l.name}</span>
          </Choice>
        ))}
      </div>
    </>
  );
}

function PrinterQuestion({ settings, onChange }: QuestionProps) {
  const { t } = useT();
  return (
    <>
      <div class="setup__choices setup__choices--two" role="group" aria-labelledby="setup-question">
        <Choice chosen={settings.printing} onPress={() => onChange({ ...settings, printing: true })}>
          {t('staff:wizard.printer.yes')}
        </Choice>
        <Choice chosen={!settings.printing} onPress={() => onChange({ ...settings, printing: false })}>
          {t('staff:wizard.printer.no')}
        </Choice>
      </div>
      {settings.printing && (
        <>
          <h2 id="setup-paper">{t('staff:settings.printing.paper')}</h2>
          <div class="setup__choices setup__choices--two" role="group" aria-labelledby="setup-paper">
            {(['a4', 'receipt'] as const).map((size) => (
              <Choice key={size} chosen={settings.paperSize === size} onPress={() => onChange({ ...settings, paperSize: size })}>
                {t(`staff:settings.printing.${size}`)}
              </Choice>
            ))}
          </div>
          <p>{t('staff:wizard.printer.testLead')}</p>
          <BigButton variant="secondary" pictogram="printer" onPress={() => printPage()}>
            {t('staff:wizard.printer.test')}
          </BigButton>
        </>
      )}
    </>
  );
}

/** The test page: the place's name and a sample slip. Paper only. */
function TestPage({ settings }: { settings: KioskSettings }) {
  const { t, lang } = useT();
  return (
    <section class={`take-away take-away--${settings.paperSize} print-only setup-test-page`} aria-hidden="true">
      <PrintHeader t={t} lang={lang} topic={t('staff:wizard.printer.testTopic')} />
      <h1 class="take-away__title">{settings.siteName.trim() || t('staff:wizard.printer.noName')}</h1>
      <p>{t('staff:wizard.printer.testWorks')}</p>
      <h2>{t('staff:wizard.printer.sampleTitle')}</h2>
      <p>{t('staff:wizard.printer.sampleLine')}</p>
    </section>
  );
}

function Summary({ settings }: { settings: KioskSettings }) {
  const { t } = useT();
  const commune = COMMUNES.find((c) => c.fr === settings.communeName);
  const none = t('staff:wizard.summary.none');
  const rows: [string, string][] = [
    [t('staff:wizard.summary.kind'), t(`staff:settings.site.kinds.${settings.siteKind}`)],
    [t('staff:wizard.summary.name'), settings.siteName.trim() || none],
    [t('staff:wizard.summary.commune'), commune && commune.nl !== commune.fr ? `${commune.fr} / ${commune.nl}` : settings.communeName],
    [
      t('staff:wizard.summary.counter'),
      settings.counterHelp.map((id) => t(needs.find((n) => n.id === id)?.label ?? id)).join(', ') || none,
    ],
    [
      t('staff:wizard.summary.languages'),
      languages
        .filter((l) => settings.languagesOffered.includes(l.code))
        .map((l) => l.name)
        .join(', '),
    ],
    [t('staff:wizard.summary.default'), languages.find((l) => l.code === settings.defaultLanguage)?.name ?? settings.defaultLanguage],
    [
      t('staff:wizard.summary.printer'),
      settings.printing
        ? `${t('staff:wizard.printer.yes')} (${t(`staff:settings.printing.${settings.paperSize}`)})`
        : t('staff:wizard.printer.no'),
    ],
  ];
  return (
    <dl class="setup__summary">
      {rows.map(([term, value]) => (
        <div key={term}>
          <dt>{term}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}
