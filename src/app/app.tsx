import type { i18n as I18n } from 'i18next';
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { flows } from '../../flows/registry';
import { I18nContext } from '../i18n/use-t';
import { canGoBack } from '../runtime/flow-machine';
import { ControlBar } from '../shell/control-bar';
import { IdleWarning } from '../shell/idle-warning';
import { StopConfirm } from '../shell/stop-confirm';
import { applyWaitingUpdate } from '../shell/service-worker';
import type { KioskSettings } from '../shell/settings';
import { applyDisplay, defaultDisplay, type DisplayPrefs } from '../shell/display';
import { SettingsContext } from '../shell/settings-context';
import type { ReadAloud } from '../speech/read-aloud';
import { chooseLanguage } from './choose-language';
import { ErrorBoundary } from './error-boundary';
import { ErrorScreen } from './error-screen';
import type { FirstTouch } from './first-screen';
import { ContentsScreen } from './contents-screen';
import { FlowView } from './flow-view';
import { HelpView } from './help-view';
import { HomeScreen } from './home-screen';
import { LanguageScreen } from './language-screen';
import { Navigation, type View } from './navigation';
import { prepareFlows, startFlow } from './start-flow';
import { countTopicLeft, countTopicStart } from './topic-usage';
import { useKioskLifecycle } from './use-kiosk-lifecycle';
import { useReadAloud } from './use-read-aloud';
import { useTopicStep } from './use-topic-step';
import { WelcomeScreen } from './welcome-screen';

/** What the app is built from; tests pass their own reader and settings. */
export interface AppProps {
  i18n: I18n;
  settings: KioskSettings;
  reader: ReadAloud;
  /** Applies a waiting service-worker update during a reset. */
  applyUpdate?: () => void;
  /** The touch on the first screen that brought the app in (src/app/first-screen.tsx): done at once. */
  firstTouch?: FirstTouch | undefined;
}

/** Whether a touch on the first screen leaves it (Listen and Stop do not: no session starts). */
function leavesWelcome(touch: FirstTouch): boolean {
  return touch.kind !== 'control' || !['read', 'stop', 'back'].includes(touch.control);
}

/** The help services of the topic on screen, so "Help nearby" inside a topic is already filtered. */
function servicesOf(view: View): string[] {
  if (view.kind !== 'flow') return [];
  const flow = flows.find((f) => f.id === view.flowId);
  const final = flow && Object.values(flow.states).find((s) => s.type === 'final');
  return final?.meta.helpServices ?? [];
}

/** The composition root: the kiosk lifecycle, the control bar and the view on screen. */
export function App({ i18n, settings, reader, applyUpdate = applyWaitingUpdate, firstTouch }: AppProps) {
  // A touch on the first screen brought the app in (src/app/first-screen.tsx): its first render is
  // already that touch's screen (a language's texts are loaded first, src/app/mount-app.tsx).
  const [navigation] = useState(() => {
    const navigation = new Navigation(countTopicLeft);
    if (firstTouch?.kind === 'control' && firstTouch.control === 'language') navigation.open({ kind: 'language' });
    if (firstTouch?.kind === 'control' && firstTouch.control === 'help') navigation.open({ kind: 'help', services: [] });
    return navigation;
  });
  const [view, setView] = useState<View>(navigation.current);
  useEffect(() => navigation.subscribe(setView), [navigation]);
  const [display, setDisplay] = useState<DisplayPrefs>(() =>
    firstTouch?.kind === 'bigger-text' ? { ...defaultDisplay, textSize: 2 } : defaultDisplay,
  );
  useEffect(() => applyDisplay(display), [display]);
  const [lang, setLang] = useState(i18n.language);
  useEffect(() => {
    i18n.on('languageChanged', setLang);
    return () => i18n.off('languageChanged', setLang);
  }, [i18n]);
  // The topics' machines are built while nobody is touching the screen (see prepareFlows).
  useEffect(() => {
    if (typeof requestIdleCallback !== 'function') return;
    const handle = requestIdleCallback(() => prepareFlows(i18n), { timeout: 5_000 });
    return () => cancelIdleCallback(handle);
  }, [i18n]);

  const step = useTopicStep(view);
  // A new value whenever the screen changes: a reading under way stops, auto read starts.
  const screenOn = useMemo(() => ({ view, step, lang }), [view, step, lang]);
  const { kiosk, state, welcome, warning, confirmingStop } = useKioskLifecycle({
    navigation,
    reader,
    i18n,
    settings,
    applyUpdate,
    started: firstTouch !== undefined && leavesWelcome(firstTouch),
    // Called at a reset, long after `read` below exists.
    forgetSession: () => {
      read.forget();
      setDisplay(defaultDisplay);
      applyDisplay(defaultDisplay);
    },
  });
  const read = useReadAloud({ reader, i18n, kiosk, screen: screenOn, welcome, warning, confirmingStop, autoRead: settings.autoRead });
  // Listen, touched on the first screen: the welcome screen is read once the app has painted it.
  const readFirstRef = useRef(firstTouch?.kind === 'control' && firstTouch.control === 'read');
  useEffect(() => {
    if (!readFirstRef.current) return;
    readFirstRef.current = false;
    read.listen();
  });

  /**
   * While "Stop and erase everything?" waits, another control means "No, keep going" and then
   * does what it says (the person meant Help, not Stop); Listen reads the question again.
   */
  const keepGoing = (then: () => void) => () => {
    if (kiosk.getSnapshot().matches({ inUse: 'confirmStop' })) kiosk.send({ type: 'KEEP' });
    then();
  };

  /** Leaves the welcome screen if needed, then does the thing asked. */
  const inUse = (then: () => void) => () => {
    if (welcome) kiosk.send({ type: 'START' });
    then();
  };

  const actions = {
    home: keepGoing(inUse(() => navigation.home())),
    back: keepGoing(() => {
      const current = navigation.current;
      if (current.kind === 'flow' && canGoBack(current.actor.getSnapshot())) current.actor.send({ type: 'BACK' });
      else navigation.back();
    }),
    read: read.listen,
    language: keepGoing(inUse(() => navigation.open({ kind: 'language' }))),
    help: keepGoing(inUse(() => navigation.open({ kind: 'help', services: servicesOf(navigation.current) }))),
    // In use, the machine asks "Stop and erase everything?" first (a second tap erases). On the
    // welcome screen there is no session to lose: Stop only stops a reading under way.
    stop: () => {
      if (!kiosk.getSnapshot().matches('welcome')) return kiosk.send({ type: 'STOP' });
      read.stop();
    },
  };

  const restart = () => kiosk.send({ type: 'WIPE' });

  return (
    <I18nContext.Provider value={i18n}>
      <SettingsContext.Provider value={settings}>
        <div class="kiosk">
          <main id="main" class="kiosk__main" tabIndex={-1} inert={confirmingStop}>
            <ErrorBoundary onRestart={restart} fallback={(again) => <ErrorScreen onRestart={again} />}>
              {welcome ? (
                <WelcomeScreen
                  offered={settings.languagesOffered}
                  onStart={() => kiosk.send({ type: 'START' })}
                  onBiggerText={() => {
                    setDisplay((d) => ({ ...d, textSize: 2 }));
                    kiosk.send({ type: 'START' });
                  }}
                  onLanguage={(code) => {
                    // Start only once the texts are there, so home never flashes in the old language.
                    void chooseLanguage(i18n, code).finally(() => kiosk.send({ type: 'START' }));
                  }}
                />
              ) : (
                <ViewOf
                  view={view}
                  navigation={navigation}
                  i18n={i18n}
                  offered={settings.languagesOffered}
                  onLanguage={async (code) => {
                    await chooseLanguage(i18n, code);
                    if (navigation.current.kind === 'language') navigation.back();
                  }}
                  display={display}
                  onDisplay={setDisplay}
                />
              )}
            </ErrorBoundary>
          </main>
          <p class="kiosk__message" role="status" aria-live="polite">
            {read.message}
          </p>
          <ControlBar actions={actions} canGoBack={!welcome && view.kind !== 'home'} reading={read.reading} />
          {warning && <IdleWarning remaining={state.context.remaining} onContinue={() => kiosk.send({ type: 'CONTINUE' })} />}
          {confirmingStop && (
            <StopConfirm
              remaining={state.context.remaining}
              onYes={() => kiosk.send({ type: 'STOP' })}
              onNo={() => kiosk.send({ type: 'KEEP' })}
            />
          )}
        </div>
      </SettingsContext.Provider>
    </I18nContext.Provider>
  );
}

/** The view on screen while the kiosk is in use. */
function ViewOf(props: {
  view: View;
  navigation: Navigation;
  i18n: I18n;
  offered: readonly string[];
  onLanguage: (code: string) => Promise<void>;
  display: DisplayPrefs;
  onDisplay: (prefs: DisplayPrefs) => void;
}) {
  const { view, navigation, i18n } = props;
  switch (view.kind) {
    case 'home':
      return (
        <HomeScreen
          onTopic={(flowId) => {
            countTopicStart(flowId);
            navigation.open({ kind: 'flow', flowId, actor: startFlow(flowId, i18n) });
          }}
        />
      );
    case 'flow':
      return (
        <FlowView
          key={view.actor.id}
          flowId={view.flowId}
          actor={view.actor}
          finish={() => navigation.home()}
          openContents={() => navigation.open({ kind: 'contents', flowId: view.flowId })}
        />
      );
    case 'contents':
      return <ContentsScreen flowId={view.flowId} onChoose={(step) => navigation.jumpTo(startFlow(view.flowId, i18n, step))} />;
    case 'help':
      return <HelpView services={view.services} />;
    case 'language':
      return (
        <LanguageScreen
          offered={props.offered}
          onChoose={(code) => void props.onLanguage(code)}
          display={props.display}
          onDisplay={props.onDisplay}
        />
      );
  }
}
