import { render } from '@testing-library/preact';
import type { i18n as I18n } from 'i18next';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { flows } from '../flows/registry';
import { FlowView } from '../src/app/flow-view';
import { createFlowMachine } from '../src/runtime/flow-machine';
import { screenSegments } from '../src/shell/screen-text';
import { pictogramIds } from '../src/ui/pictogram';
import { Providers, serveInventory, spacedPresses, testI18n } from './render-kit';

/**
 * Reading aloud follows the screen's order of meaning (issue 12): on every step of every topic
 * the first sentence read is the step's title, then its text and options; never the tools
 * ("All the steps", "Step n of N", the scroll buttons).
 */
const steps = flows.flatMap((flow) => Object.entries(flow.states).map(([step, state]) => ({ flow, step, meta: state.meta })));

describe('reading aloud starts with the title', () => {
  let i18n: I18n;
  beforeAll(async () => {
    i18n = await testI18n('fr');
  });
  beforeEach(() => {
    serveInventory();
    spacedPresses();
  });

  it.each(steps.map((s) => [`${s.flow.id}/${s.step}`, s] as const))('%s', (_name, { flow, step, meta }) => {
    const machine = createFlowMachine(flow, { hasText: (key) => i18n.exists(key), hasPictogram: (id) => pictogramIds.has(id) });
    const actor = createActor(machine, { snapshot: machine.resolveState({ value: step, context: { marks: [] } }) }).start();
    const { container, unmount } = render(
      <Providers i18n={i18n}>
        <main>
          <FlowView flowId={flow.id} actor={actor} finish={() => undefined} openContents={() => undefined} />
        </main>
      </Providers>,
    );
    const read = screenSegments(container, 'fr').map((s) => s.text);
    expect(read[0]).toBe(i18n.t(meta.title));
    // The tools are on screen (the list of steps: not on the keypad), but not read.
    if (meta.screen !== 'keypad') expect(container.textContent).toContain(i18n.t('contents.open'));
    expect(read).not.toContain(i18n.t('contents.open'));
    expect(read.some((text) => text.startsWith('Étape '))).toBe(false);
    unmount();
    actor.stop();
  });
});
