import type { i18n as I18n } from 'i18next';
import type { ComponentType } from 'preact';
import { render } from 'preact';
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { KioskDatabase } from '../data/db';
import { openKioskDatabase } from '../help/places-source';
import { loadLanguage, loadStaffTexts } from '../i18n/i18n';
import { I18nContext, useT } from '../i18n/use-t';
import type { KioskSettings } from '../shell/settings';
import { loadSettings } from '../shell/settings-store';
import { AccessScreen } from './access/access-screen';
import { SetupCode } from './access/setup-code';
import { accessState, type AccessDeps } from './access/staff-access';
import './staff.css';
import './access/staff-area.css';

/** Staff mode closes by itself after this long without a touch or a key. */
export const STAFF_IDLE_MS = 5 * 60 * 1000;

/** The parts of the staff area, in menu order. */
export const SECTIONS = ['directory', 'settings', 'data', 'counts', 'assisted', 'guide'] as const;
/** One part of the staff area. */
export type Section = (typeof SECTIONS)[number];

interface ScreenProps {
  db: KioskDatabase | undefined;
  settings: KioskSettings;
  onSettings: (settings: KioskSettings) => void;
  storage: Storage;
}

/**
 * Each part is its own lazy chunk, loaded when staff open it. A part that cannot load (an old
 * cached version, a missing file) shows a message instead of breaking the staff area.
 */
const LOADERS: Record<Section, () => Promise<ComponentType<ScreenProps>>> = {
  directory: () => import('./directory-screen').then((m) => ({ db }: ScreenProps) => (db ? <m.default db={db} /> : <NoStorage />)),
  settings: () => import('./settings-screen').then((m) => ({ onSettings, storage }: ScreenProps) => <m.default onSaved={onSettings} storage={storage} />),
  data: () => import('./data-screen').then((m) => ({ db, settings }: ScreenProps) => <m.default db={db} settings={settings} />),
  counts: () => import('./counts-screen').then((m) => ({ db }: ScreenProps) => (db ? <m.default db={db} /> : <NoStorage />)),
  assisted: () => import('./assisted-screen').then((m) => () => <m.default />),
  guide: () => import('./guide-screen').then((m) => () => <m.default />),
};

function NoStorage() {
  const { t } = useT();
  return (
    <main id="main" class="staff">
      <p role="alert">{t('staff:app.storageError')}</p>
    </main>
  );
}

/** Options for tests. */
export interface StaffAppProps {
  /** Where the staff code and settings are kept (default: localStorage). */
  storage?: Storage;
  /** Epoch ms (default: Date.now). */
  now?: () => number;
  /** Leaves staff mode (default: a full navigation back to the public kiosk). */
  exit?: () => void;
  /** Faster hashing for unit tests. */
  access?: Partial<Pick<AccessDeps, 'verify' | 'hash'>>;
  /** The inventory database (default: the kiosk's own, opened once unlocked). */
  openDatabase?: () => Promise<KioskDatabase>;
}

/** Back to the public kiosk, with a full navigation that leaves no staff state in memory. */
function leaveToKiosk(): void {
  window.location.replace('/');
}

/** Calls `onIdle` after `ms` without a touch, click or key anywhere on the page. */
function useIdleExit(ms: number, onIdle: () => void): void {
  const callback = useRef(onIdle);
  callback.current = onIdle;
  useEffect(() => {
    let timer = setTimeout(() => callback.current(), ms);
    const restart = () => {
      clearTimeout(timer);
      timer = setTimeout(() => callback.current(), ms);
    };
    const events = ['pointerdown', 'keydown', 'input', 'wheel'] as const;
    for (const name of events) document.addEventListener(name, restart, { capture: true, passive: true });
    return () => {
      clearTimeout(timer);
      for (const name of events) document.removeEventListener(name, restart, { capture: true });
    };
  }, [ms]);
}

type Phase = 'code' | 'setup-code' | 'setup-settings' | 'open';

/**
 * The staff area: the code pad (or, on a kiosk without a staff code, the set-up), then a menu of
 * the staff parts. The unlocked state lives in memory only: a reload asks for the code again.
 */
export function StaffApp({ storage, now, exit = leaveToKiosk, access, openDatabase = openKioskDatabase }: StaffAppProps) {
  const { t } = useT();
  const store = storage ?? window.localStorage;
  const deps = useMemo<AccessDeps>(() => ({ storage: store, now: now ?? (() => Date.now()), ...access }), [store, now, access]);
  const [phase, setPhase] = useState<Phase>(() => (accessState(deps).kind === 'none' ? 'setup-code' : 'code'));
  const [settings, setSettings] = useState<KioskSettings>(() => loadSettings(store));
  const [section, setSection] = useState<Section>('directory');
  const [db, setDb] = useState<KioskDatabase | undefined | null>(null);
  const [screens, setScreens] = useState<Partial<Record<Section, ComponentType<ScreenProps> | Error>>>({});
  const [SetupSettings, setSetupSettings] = useState<ComponentType<ScreenProps> | Error | null>(null);
  const main = useRef<HTMLDivElement>(null);
  const moved = useRef(false);

  useIdleExit(STAFF_IDLE_MS, exit);

  // The database opens once the code is known to be right.
  useEffect(() => {
    if (phase !== 'open' && phase !== 'setup-settings') return;
    if (db !== null) return;
    openDatabase().then(setDb, () => setDb(undefined));
  }, [phase, db, openDatabase]);

  // The part on screen loads on first use.
  useEffect(() => {
    if (phase !== 'open' || screens[section]) return;
    LOADERS[section]().then(
      (screen) => setScreens((s) => ({ ...s, [section]: screen })),
      (error: unknown) => setScreens((s) => ({ ...s, [section]: error instanceof Error ? error : new Error(String(error)) })),
    );
  }, [phase, section, screens]);

  useEffect(() => {
    if (phase !== 'setup-settings' || SetupSettings) return;
    import('./settings-screen').then(
      (m) =>
        setSetupSettings(() => ({ onSettings, storage: where }: ScreenProps) => <m.default setup={{ step: 2, steps: 2 }} onSaved={onSettings} storage={where} />),
      (error: unknown) => setSetupSettings(error instanceof Error ? error : new Error(String(error))),
    );
  }, [phase, SetupSettings]);

  // A new part's heading takes focus (once it has loaded), so a screen reader starts there.
  const Screen = screens[section];
  useEffect(() => {
    if (!moved.current || !Screen) return;
    moved.current = false;
    const heading = main.current?.querySelector<HTMLElement>('h1');
    if (heading) {
      heading.tabIndex = -1;
      heading.focus();
    }
  }, [section, Screen]);

  if (phase === 'setup-code') return <SetupCode deps={deps} steps={2} onDone={() => setPhase('setup-settings')} />;
  if (phase === 'code') return <AccessScreen deps={deps} onUnlocked={() => setPhase('open')} />;
  if (phase === 'setup-settings') {
    if (SetupSettings === null || db === null) return <Loading />;
    if (SetupSettings instanceof Error) return <Unavailable />;
    return (
      <SetupSettings
        db={db}
        settings={settings}
        storage={store}
        onSettings={(next) => {
          setSettings(next);
          setSection('directory');
          setPhase('open');
        }}
      />
    );
  }

  const open = (next: Section) => {
    moved.current = true;
    setSection(next);
  };

  return (
    <div class="staff-area">
      <header class="staff__bar">
        <nav aria-label={t('staff:menu.label')}>
          <ul class="staff-menu">
            {SECTIONS.map((s) => (
              <li key={s}>
                <button type="button" class="btn btn--secondary" aria-current={s === section ? 'page' : undefined} onClick={() => open(s)}>
                  {t(`staff:menu.${s}`)}
                </button>
              </li>
            ))}
          </ul>
        </nav>
        <button type="button" class="btn btn--secondary" onClick={exit}>
          {t('staff:app.backToKiosk')}
        </button>
      </header>
      <div class="staff__main" ref={main}>
        {Screen instanceof Error ? (
          <Unavailable />
        ) : Screen && db !== null ? (
          <Screen db={db} settings={settings} onSettings={setSettings} storage={store} />
        ) : (
          <Loading />
        )}
      </div>
    </div>
  );
}

function Loading() {
  const { t } = useT();
  return (
    <main id="main" class="staff" aria-busy="true">
      <p role="status">{t('staff:loading')}</p>
    </main>
  );
}

function Unavailable() {
  const { t } = useT();
  return (
    <main id="main" class="staff">
      <p role="alert">{t('staff:menu.unavailable')}</p>
    </main>
  );
}

/** Mounts the staff area in place of the kiosk (reached at /staff), in a staff language (fr, nl or en). */
export async function mountStaff(i18n: I18n, root: HTMLElement): Promise<void> {
  await loadStaffTexts(i18n, i18n.language);
  // Topic names (settings) come from the public texts of the same language.
  await loadLanguage(i18n, i18n.language);
  render(
    <I18nContext.Provider value={i18n}>
      <StaffApp />
    </I18nContext.Provider>,
    root,
  );
}
