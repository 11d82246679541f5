import type { i18n as I18n } from 'i18next';
import type { ComponentChildren } from 'preact';
import { render } from '@testing-library/preact';
import { vi } from 'vitest';
import { createActor } from 'xstate';
import type { FlowConfig, ScreenKind, StepMeta } from '../flows/types';
import { FlowView } from '../src/app/flow-view';
import { createFlowMachine } from '../src/runtime/flow-machine';
import { screens } from '../src/screens/registry';
import { pictogramIds } from '../src/ui/pictogram';
import { createI18n, loadLanguage, loadStaffTexts } from '../src/i18n/i18n';
import { I18nContext } from '../src/i18n/use-t';
import { defaultSettings } from '../src/shell/settings';
import { SettingsContext } from '../src/shell/settings-context';
import type { ReadAloud } from '../src/speech/read-aloud';
import inventory from '../public/data/inventory.json';
import { languageFolders } from './locale-files';

/** An i18next instance with every language loaded, starting in `lang`. */
export async function testI18n(lang = 'fr'): Promise<I18n> {
  const i18n = await createI18n(lang);
  for (const code of languageFolders()) await loadLanguage(i18n, code);
  // The staff area's texts exist in the staff languages.
  for (const code of ['fr', 'nl', 'en']) await loadStaffTexts(i18n, code);
  return i18n;
}

/** The app's providers around a component under test. */
export function Providers({ i18n, children }: { i18n: I18n; children: ComponentChildren }) {
  return (
    <I18nContext.Provider value={i18n}>
      <SettingsContext.Provider value={defaultSettings}>{children}</SettingsContext.Provider>
    </I18nContext.Provider>
  );
}

/** One step's screen of a kind, as a topic shows it (step 2 of 5, nothing marked, a send that does nothing), in <main>. */
export function renderScreenKind(kind: ScreenKind, meta: StepMeta, i18n: I18n) {
  const Screen = screens[kind];
  return render(
    <Providers i18n={i18n}>
      <main>
        <Screen
          meta={meta}
          send={() => undefined}
          marks={[]}
          markedOptions={[]}
          progress={{ current: 2, total: 5 }}
          finish={() => undefined}
        />
      </main>
    </Providers>,
  );
}

/** A reader that records what it was asked to read. */
export function recordingReader(outcome: 'done' | 'no-voice' = 'done'): ReadAloud & { texts: string[] } {
  const texts: string[] = [];
  return {
    texts,
    speaking: false,
    read: vi.fn((text: string) => {
      texts.push(text);
      return Promise.resolve(outcome);
    }),
    stop: vi.fn(),
  };
}

/** Serves the built-in inventory to `fetch('/data/inventory.json')` as the service worker would. */
export function serveInventory(): void {
  vi.stubGlobal(
    'fetch',
    vi.fn((url: string) =>
      Promise.resolve(
        String(url).endsWith('/data/inventory.json')
          ? new Response(JSON.stringify(inventory), { status: 200 })
          : new Response('not found', { status: 404 }),
      ),
    ),
  );
}

// Module-level so that time only moves forward across tests, as it does for the guard.
let fakeNow = 0;

/** Lets the double-tap guard see every test press as a separate, deliberate tap. */
export function spacedPresses(): void {
  vi.spyOn(performance, 'now').mockImplementation(() => (fakeNow += 1000));
}

/**
 * Renders one step of a topic as the kiosk shows it (FlowView with its frame: the list of steps
 * offered), started right at that step. Unmount and stop the actor after use.
 */
export function renderStep(flow: FlowConfig, step: string, i18n: I18n) {
  const machine = createFlowMachine(flow, { hasText: (key) => i18n.exists(key), hasPictogram: (id) => pictogramIds.has(id) });
  const actor = createActor(machine, { snapshot: machine.resolveState({ value: step, context: { marks: [] } }) }).start();
  const view = render(
    <Providers i18n={i18n}>
      <main>
        <FlowView flowId={flow.id} actor={actor} finish={() => undefined} openContents={() => undefined} />
      </main>
    </Providers>,
  );
  return {
    container: view.container,
    done() {
      view.unmount();
      actor.stop();
    },
  };
}
