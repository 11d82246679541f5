import type { i18n as I18n } from 'i18next';
import { useEffect, useMemo, useState } from 'preact/hooks';
import { createActor } from 'xstate';
import { flows } from '../../flows/registry';
import { I18nContext } from '../i18n/use-t';
import { switchLanguage } from '../i18n/i18n';
import { canGoBack, currentStep, type FlowSnapshot } from '../runtime/flow-machine';
import { useSnapshot } from '../runtime/use-snapshot';
import { ControlBar } from '../shell/control-bar';
import { IdleWarning } from '../shell/idle-warning';
import { StopConfirm } from '../shell/stop-confirm';
import { kioskMachine } from '../shell/kiosk.machine';
import { resetSession } from '../shell/reset';
import { readScreen } from '../shell/read-screen';
import { applyWaitingUpdate, setSessionInProgress } from '../shell/service-worker';
import type { KioskSettings } from '../shell/settings';
import { applyDisplay, defaultDisplay, type DisplayPrefs } from '../shell/display';
import { SettingsContext } from '../shell/settings-context';
import type { ReadAloud } from '../speech/read-aloud';
import { emitUsage } from '../shell/usage';
import { residenceStore } from '../nearby/residence-store';
import { ErrorBoundary } from './error-boundary';
import { ErrorScreen } from './error-screen';
import { ContentsScreen } from './contents-screen';
import { FlowView } from './flow-view';
import { HelpView } from './help-view';
import { HomeScreen } from './home-screen';
import { LanguageScreen } from './language-screen';
import { Navigation, type View } from './navigation';
import { prepareFlows, startFlow } from './start-flow';
import { WelcomeScreen } from './welcome-screen';

/** What the app is built from; tests pass their own reader and settings. */
export interface AppProps {
  i18n: I18n;
  settings: KioskSettings;
  reader: ReadAloud;
  /** Applies a waiting service-worker update during a reset. */
  applyUpdate?: () => void;
}

/** The help services of the topic on screen, so "Help nearby" inside a topic is already filtered. */
function servicesOf(view: View): string[] {
  if (view.kind !== 'flow') return [];
  const flow = flows.find((f) => f.id === view.flowId);
  const final = flow && Object.values(flow.states).find((s) => s.type === 'final');
  return final?.meta.helpServices ?? [];
}

/** The composition root: the kiosk lifecycle, the control bar and the view on screen. */
export function App({ i18n, settings, reader, applyUpdate = applyWaitingUpdate }: AppProps) {
  const navigation = useMemo(
    () =>
      new Navigation((left) => {
        const snapshot = left.actor.getSnapshot() as FlowSnapshot;
        if (snapshot.status !== 'done') emitUsage({ type: 'topic-abandon', topic: left.flowId, step: currentStep(snapshot) });
      }),
    [],
  );
  const [view, setView] = useState<View>(navigation.current);
  const [reading, setReading] = useState(false);
  const [speechMessage, setSpeechMessage] = useState<string | undefined>(undefined);
  const [display, setDisplay] = useState<DisplayPrefs>(defaultDisplay);
  const [lang, setLang] = useState(i18n.language);
  useEffect(() => {
    i18n.on('languageChanged', setLang);
    return () => i18n.off('languageChanged', setLang);
  }, [i18n]);
  useEffect(() => applyDisplay(display), [display]);

  const kiosk = useMemo(() => {
    const actor = createActor(
      kioskMachine.provide({
        actions: {
          // The machine knows why: Stop (asked, answered Yes or left unanswered) or inactivity.
          wipeSession: ({ context }) => {
            emitUsage({ type: 'session-end', reason: context.ending });
            resetSession({
              navigation,
              reader,
              i18n,
              defaultLanguage: settings.defaultLanguage,
              sessionStores: [
                {
                  reset: () => {
                    setReading(false);
                    setSpeechMessage(undefined);
                    setDisplay(defaultDisplay);
                    applyDisplay(defaultDisplay);
                  },
                },
                // Where the person said they live ("Help nearby"): this session only.
                residenceStore,
              ],
              applyUpdate,
              window,
            });
          },
        },
      }),
      { input: { idleSeconds: settings.idleSeconds, warningSeconds: settings.warningSeconds } },
    );
    return actor.start();
  }, []);
  const kioskState = useSnapshot(kiosk);

  useEffect(() => navigation.subscribe(setView), [navigation]);
  // The topics' machines are built while nobody is touching the screen (see prepareFlows).
  useEffect(() => {
    if (typeof requestIdleCallback !== 'function') return;
    const handle = requestIdleCallback(() => prepareFlows(i18n), { timeout: 5_000 });
    return () => cancelIdleCallback(handle);
  }, [i18n]);
  useEffect(() => () => kiosk.stop(), [kiosk]);

  // Any touch, click or key while in use counts as presence.
  useEffect(() => {
    const onActivity = () => kiosk.send({ type: 'ACTIVITY' });
    document.addEventListener('pointerdown', onActivity, true);
    document.addEventListener('keydown', onActivity, true);
    return () => {
      document.removeEventListener('pointerdown', onActivity, true);
      document.removeEventListener('keydown', onActivity, true);
    };
  }, [kiosk]);

  // The step on screen inside a topic (the topic's own actor knows it).
  const [step, setStep] = useState<string | undefined>(undefined);
  useEffect(() => {
    if (view.kind !== 'flow') return setStep(undefined);
    let retrying = false;
    const sub = view.actor.subscribe((snapshot: FlowSnapshot) => {
      setStep(currentStep(snapshot));
      if (snapshot.status === 'done') emitUsage({ type: 'topic-finish', topic: view.flowId });
      const retry = Boolean(snapshot.context.retry);
      if (retry && !retrying) emitUsage({ type: 'teach-back-retry', topic: view.flowId, step: snapshot.context.returnTo ?? '' });
      retrying = retry;
    });
    return () => sub.unsubscribe();
  }, [view]);

  const welcome = kioskState.matches('welcome');
  // A session starts when the welcome screen is left.
  const inUseNow = !welcome;
  useEffect(() => {
    setSessionInProgress(inUseNow);
    if (inUseNow) emitUsage({ type: 'session-start' });
  }, [inUseNow]);

  const warning = kioskState.matches({ inUse: 'warning' });
  const confirmingStop = kioskState.matches({ inUse: 'confirmStop' });

  // Reading stops when the screen changes, and its message goes.
  useEffect(() => {
    reader.stop();
    setReading(false);
    setSpeechMessage(undefined);
  }, [view, step, warning, confirmingStop, lang]);

  // Auto read (a setting): each new screen is read aloud without a tap, once it is painted.
  useEffect(() => {
    if (!settings.autoRead || welcome || warning) return;
    const timer = setTimeout(() => void startReading(), 300);
    return () => clearTimeout(timer);
  }, [view, step, lang, welcome, settings.autoRead]);

  // "Are you still there?" is also said aloud: a person who cannot read it must hear it.
  useEffect(() => {
    if (!warning) return;
    const say = `${i18n.t('idle.title')} ${i18n.t('idle.body', { count: kioskState.context.remaining })}`;
    void reader.read(say, i18n.language);
  }, [warning]);

  /** "Stop and erase everything?" said aloud, like the warning. */
  const sayStopQuestion = () => {
    const say = `${i18n.t('stopConfirm.title')} ${i18n.t('stopConfirm.body', { count: kiosk.getSnapshot().context.remaining })}`;
    void reader.read(say, i18n.language);
  };
  useEffect(() => {
    if (confirmingStop) sayStopQuestion();
  }, [confirmingStop]);

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

  const chooseLanguage = async (code: string) => {
    emitUsage({ type: 'language', lang: code });
    await switchLanguage(i18n, code);
    if (navigation.current.kind === 'language') navigation.back();
  };

  /** Reads the screen from the top; says so plainly when no voice can read it. */
  const startReading = async () => {
    const main = document.getElementById('main');
    if (!main) return;
    setSpeechMessage(undefined);
    setReading(true);
    const outcome = await readScreen(reader, main, i18n.language);
    setReading(false);
    if (outcome === 'no-voice') setSpeechMessage(i18n.t('speech.noVoice'));
    if (outcome === 'unsupported') setSpeechMessage(i18n.t('speech.unsupported'));
  };

  /** The "Listen" control: starts reading, or stops a reading under way. */
  const readAloud = () => {
    if (reading) {
      reader.stop();
      setReading(false);
      return;
    }
    void startReading();
  };

  const actions = {
    home: keepGoing(inUse(() => navigation.home())),
    back: keepGoing(() => {
      const current = navigation.current;
      if (current.kind === 'flow' && canGoBack(current.actor.getSnapshot() as FlowSnapshot)) current.actor.send({ type: 'BACK' });
      else navigation.back();
    }),
    read: () => (kiosk.getSnapshot().matches({ inUse: 'confirmStop' }) ? sayStopQuestion() : readAloud()),
    language: keepGoing(inUse(() => navigation.open({ kind: 'language' }))),
    help: keepGoing(inUse(() => navigation.open({ kind: 'help', services: servicesOf(navigation.current) }))),
    // In use, the machine asks "Stop and erase everything?" first (a second tap erases). On the
    // welcome screen there is no session to lose: Stop only stops a reading under way.
    stop: () => {
      if (!kiosk.getSnapshot().matches('welcome')) return kiosk.send({ type: 'STOP' });
      reader.stop();
      setReading(false);
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
                    emitUsage({ type: 'language', lang: code });
                    void switchLanguage(i18n, code).finally(() => kiosk.send({ type: 'START' }));
                  }}
                />
              ) : (
                <ViewOf
                  view={view}
                  navigation={navigation}
                  i18n={i18n}
                  offered={settings.languagesOffered}
                  onLanguage={chooseLanguage}
                  display={display}
                  onDisplay={setDisplay}
                />
              )}
            </ErrorBoundary>
          </main>
          <p class="kiosk__message" role="status" aria-live="polite">
            {speechMessage}
          </p>
          <ControlBar actions={actions} canGoBack={!welcome && view.kind !== 'home'} reading={reading} />
          {kioskState.matches({ inUse: 'warning' }) && (
            <IdleWarning remaining={kioskState.context.remaining} onContinue={() => kiosk.send({ type: 'CONTINUE' })} />
          )}
          {confirmingStop && (
            <StopConfirm
              remaining={kioskState.context.remaining}
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
            emitUsage({ type: 'topic-start', topic: flowId });
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
