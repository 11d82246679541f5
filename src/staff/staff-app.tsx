import type { i18n as I18n } from 'i18next';
import type { ComponentChildren, ComponentType } from 'preact';
import { render } from 'preact';
import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { KioskDatabase } from '../data/db';
import { openKioskDatabase } from '../data/places-source';
import { loadLanguage, loadStaffTexts } from '../i18n/i18n';
import { I18nContext, useT } from '../i18n/use-t';
import type { KioskSettings } from '../shell/settings';
import { loadSettings } from '../shell/settings-store';
import { Pictogram, type PictogramId } from '../ui/pictogram';
import { ScrollArea } from '../ui/scroll-area';
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

/** Each part's pictogram on its menu tile (ids from scripts/pictograms.json). */
const TILE_PICTOGRAMS: Record<Section, PictogramId> = {
  directory: 'place',
  settings: 'device-desktop',
  data: 'data-lock',
  counts: 'list-check',
  assisted: 'handshake',
  guide: 'trusted-person',
};

interface ScreenProps {
  db: KioskDatabase | undefined;
  settings: KioskSettings;
  onSettings: (settings: KioskSettings) => void;
  storage: Storage;
}

/** The first set-up's questions (src/staff/setup/). */
interface SetupProps {
  storage: Storage;
  onSetupDone: (settings: KioskSettings, more: boolean) => void;
}

/**
 * Each part is its own lazy chunk, loaded when staff open it. A part that cannot load (an old
 * cached version, a missing file) shows a message instead of breaking the staff area.
 */
const LOADERS: Record<Section, () => Promise<ComponentType<ScreenProps>>> = {
  directory: () =>
    import('./directory-screen').then(
      (m) =>
        ({ db, settings }: ScreenProps) =>
          db ? <m.default db={db} settings={settings} /> : <NoStorage />,
    ),
  settings: () =>
    import('./settings-screen').then((m) => ({ onSettings, storage }: ScreenProps) => <m.default onSaved={onSettings} storage={storage} />),
  data: () => import('./data-screen').then((m) => ({ db, settings }: ScreenProps) => <m.default db={db} settings={settings} />),
  counts: () =>
    import('./counts-screen').then(
      (m) =>
        ({ db }: ScreenProps) =>
          db ? <m.default db={db} /> : <NoStorage />,
    ),
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
  /** Faster hashing (and a set-up token of their own) for unit tests. */
  access?: Partial<Pick<AccessDeps, 'verify' | 'hash' | 'checkSetupToken'>>;
  /** The inventory database (default: the kiosk's own, opened once unlocked). */
  openDatabase?: () => Promise<KioskDatabase>;
}

/**
 * Back to the public kiosk, with a full navigation that leaves no staff state in memory (the
 * unlock lives only there) and no history entry to come back to.
 */
function leaveToKiosk(): void {
  window.location.replace('/');
}

/**
 * The bar on top of every staff screen — code pad, lock, set-up, menu and parts: "Back to the
 * kiosk" always in sight (it stays on top while a long part scrolls), so that a patient who held
 * the corner by chance is never trapped; in a part, also the way back to the staff menu.
 */
function StaffFrame({
  exit,
  onMenu,
  titled,
  children,
}: {
  exit: () => void;
  onMenu?: (() => void) | undefined;
  titled: boolean;
  children: ComponentChildren;
}) {
  const { t } = useT();
  return (
    <div class="staff-area">
      <header class="staff__bar">
        {onMenu ? (
          <button type="button" class="btn btn--secondary staff__bar-button" onClick={onMenu}>
            <Pictogram id="back" />
            {t('staff:menu.back')}
          </button>
        ) : titled ? (
          <p class="staff__bar-title">{t('staff:app.title')}</p>
        ) : null}
        <button type="button" class="btn btn--primary staff__bar-button staff__leave" onClick={exit}>
          <Pictogram id="home" />
          {t('staff:app.backToKiosk')}
        </button>
      </header>
      {/* A long part (the directory, the guide) scrolls inside, under the bar, with the same
          "See more below" cue as the public screens. */}
      <ScrollArea class="staff__scroll">{children}</ScrollArea>
    </div>
  );
}

/** Calls `onIdle` after `ms` without a touch, click or key anywhere on the page. */
function useIdleExit(ms: number, onIdle: () => void): void {
  const callbackRef = useRef(onIdle);
  useLayoutEffect(() => {
    callbackRef.current = onIdle;
  });
  useEffect(() => {
    let timer = setTimeout(() => callbackRef.current(), ms);
    const restart = () => {
      clearTimeout(timer);
      timer = setTimeout(() => callbackRef.current(), ms);
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
  const store = storage ?? window.localStorage;
  const deps = useMemo<AccessDeps>(() => ({ storage: store, now: now ?? (() => Date.now()), ...access }), [store, now, access]);
  const [phase, setPhase] = useState<Phase>(() => (accessState(deps).kind === 'none' ? 'setup-code' : 'code'));
  const [settings, setSettings] = useState<KioskSettings>(() => loadSettings(store));
  // 'menu': the tiles of the parts; a part once one is chosen.
  const [section, setSection] = useState<Section | 'menu'>('menu');
  const [db, setDb] = useState<KioskDatabase | undefined | null>(null);
  const [screens, setScreens] = useState<Partial<Record<Section, ComponentType<ScreenProps> | Error>>>({});
  const [SetupSettings, setSetupSettings] = useState<ComponentType<SetupProps> | Error | null>(null);
  const main = useRef<HTMLDivElement>(null);
  const movedRef = useRef(false);

  useIdleExit(STAFF_IDLE_MS, exit);

  // The database opens once the code is known to be right.
  useEffect(() => {
    if (phase !== 'open' && phase !== 'setup-settings') return;
    if (db !== null) return;
    openDatabase().then(setDb, () => setDb(undefined));
  }, [phase, db, openDatabase]);

  // The part on screen loads on first use.
  useEffect(() => {
    if (phase !== 'open' || section === 'menu' || screens[section]) return;
    LOADERS[section]().then(
      (screen) => setScreens((s) => ({ ...s, [section]: screen })),
      (error: unknown) => setScreens((s) => ({ ...s, [section]: error instanceof Error ? error : new Error(String(error)) })),
    );
  }, [phase, section, screens]);

  useEffect(() => {
    if (phase !== 'setup-settings' || SetupSettings) return;
    import('./setup/setup-wizard').then(
      (m) => setSetupSettings(() => ({ onSetupDone, storage: where }: SetupProps) => <m.default onDone={onSetupDone} storage={where} />),
      (error: unknown) => setSetupSettings(error instanceof Error ? error : new Error(String(error))),
    );
  }, [phase, SetupSettings]);

  // A new part's heading (or the menu's) takes focus once it is there, so a screen reader starts there.
  const Screen = section === 'menu' ? undefined : screens[section];
  useEffect(() => {
    if (!movedRef.current || (section !== 'menu' && !Screen)) return;
    movedRef.current = false;
    const heading = main.current?.querySelector<HTMLElement>('h1');
    if (heading) {
      heading.tabIndex = -1;
      heading.focus();
    }
  }, [section, Screen]);

  // The bar names staff mode on the code pad and set-up; the menu's own heading does it there.
  const frame = (content: ComponentChildren, onMenu?: () => void) => (
    <StaffFrame exit={exit} onMenu={onMenu} titled={phase !== 'open'}>
      <div class="staff__main" ref={main}>
        {content}
      </div>
    </StaffFrame>
  );

  if (phase === 'setup-code') return frame(<SetupCode deps={deps} onDone={() => setPhase('setup-settings')} />);
  if (phase === 'code') return frame(<AccessScreen deps={deps} onUnlocked={() => setPhase('open')} />);
  if (phase === 'setup-settings') {
    if (SetupSettings === null || db === null) return frame(<Loading />);
    if (SetupSettings instanceof Error) return frame(<Unavailable />);
    return frame(
      <SetupSettings
        storage={store}
        onSetupDone={(next, more) => {
          setSettings(next);
          // "More settings" on the set-up's summary opens the full settings screen.
          movedRef.current = more;
          setSection(more ? 'settings' : 'menu');
          setPhase('open');
        }}
      />,
    );
  }

  const open = (next: Section | 'menu') => {
    movedRef.current = true;
    // The directory may have rebuilt a database deleted under it: a closed handle is let go, and
    // the next part gets the current database (openDatabase returns the one now open).
    if (db && !db.isOpen()) setDb(null);
    setSection(next);
  };

  if (section === 'menu') return frame(<StaffMenu onOpen={open} storageError={db === undefined} />);

  return frame(
    Screen instanceof Error ? (
      <Unavailable />
    ) : Screen && db !== null ? (
      <Screen db={db} settings={settings} onSettings={setSettings} storage={store} />
    ) : (
      <Loading />
    ),
    () => open('menu'),
  );
}

/** The staff menu: one big tile a part, all on one screen (a grid that uses the screen's width). */
function StaffMenu({ onOpen, storageError }: { onOpen: (section: Section) => void; storageError: boolean }) {
  const { t } = useT();
  return (
    <main id="main" class="staff staff-home" aria-labelledby="staff-menu-title">
      <h1 id="staff-menu-title">{t('staff:app.title')}</h1>
      {storageError && (
        <p class="staff-alert" role="alert">
          {t('staff:app.storageError')}
        </p>
      )}
      <p>{t('staff:menu.lead')}</p>
      <nav aria-label={t('staff:menu.label')}>
        <ul class="staff-tiles">
          {SECTIONS.map((s) => (
            <li key={s}>
              <button type="button" class="staff-tile" onClick={() => onOpen(s)}>
                <Pictogram id={TILE_PICTOGRAMS[s]} size="lg" />
                <span class="staff-tile__label">{t(`staff:menu.${s}`)}</span>
              </button>
            </li>
          ))}
        </ul>
      </nav>
    </main>
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
