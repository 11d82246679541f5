import type { i18n as I18n } from 'i18next';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { flows } from '../flows/registry';
import { screenSegments } from '../src/shell/screen-text';
import { renderStep, serveInventory, spacedPresses, testI18n } from './render-kit';

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
    const { container, done } = renderStep(flow, step, i18n);
    const read = screenSegments(container, 'fr').map((s) => s.text);
    expect(read[0]).toBe(i18n.t(meta.title));
    // The tools are on screen (the list of steps: not on the keypad), but not read.
    if (meta.screen !== 'keypad') expect(container.textContent).toContain(i18n.t('contents.open'));
    expect(read).not.toContain(i18n.t('contents.open'));
    expect(read.some((text) => text.startsWith('Étape '))).toBe(false);
    done();
  });
});
