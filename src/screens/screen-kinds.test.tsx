import { screen, waitFor } from '@testing-library/preact';
import axe from 'axe-core';
import type { i18n as I18n } from 'i18next';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { ScreenKind, StepMeta } from '../../flows/types';
import { renderScreenKind, serveInventory, spacedPresses, testI18n } from '../../tests/render-kit';
import { screenKindFixtures } from './screen-kinds.fixture';

let i18n: I18n;
beforeAll(async () => {
  i18n = await testI18n('fr');
});
beforeEach(() => {
  serveInventory();
  spacedPresses();
});

/** Every text key a step's meta names. */
function keysOf(meta: StepMeta): string[] {
  return [
    meta.title,
    ...(meta.lead ? [meta.lead] : []),
    ...(meta.body ?? []),
    ...(meta.options ?? []).map((o) => o.label),
    ...(meta.columns ? [meta.columns.left.title, ...meta.columns.left.items, meta.columns.right.title, ...meta.columns.right.items] : []),
    ...(meta.items ?? []).map((i) => i.text),
  ];
}

/** The way on a person is offered on each kind of screen (the button that moves them forward). */
const wayOn: Record<ScreenKind, (meta: StepMeta) => string> = {
  explain: () => i18n.t('step.next'),
  compare: () => i18n.t('step.next'),
  recap: () => i18n.t('step.next'),
  // A multi-choice step's way on is Next; a single choice's, its first option.
  choice: (meta) => (meta.multi || meta.nextLabel ? i18n.t(meta.nextLabel ?? 'step.next') : i18n.t(meta.options![0]!.label)),
  check: (meta) => i18n.t(meta.options![0]!.label),
  help: () => i18n.t('step.finish'),
  keypad: (meta) => i18n.t(meta.keypad!.texts.ok),
};

const renderKind = (kind: ScreenKind) => renderScreenKind(kind, screenKindFixtures[kind], i18n);

describe('each screen kind, from its fixture', () => {
  for (const kind of Object.keys(screenKindFixtures) as ScreenKind[]) {
    it(`${kind}: its heading, its way on, every text found, no axe violation`, async () => {
      const meta = screenKindFixtures[kind];
      const { container } = renderKind(kind);
      expect(screen.getByRole('heading', { level: 1, name: i18n.t(meta.title) })).toBeTruthy();
      expect(screen.getAllByRole('button', { name: wayOn[kind](meta) }).length).toBeGreaterThan(0);
      // A text key shown as is means a missing text: the person would read "consent:what.title".
      for (const key of keysOf(meta)) {
        expect(i18n.exists(key), key).toBe(true);
        expect(container.textContent).not.toContain(key);
      }
      expect(container.textContent).not.toMatch(/\b[a-z-]+:[a-zA-Z]+\.[a-zA-Z.]+/u);
      // happy-dom lays nothing out: rules that need layout or colours (contrast, target size) are left to the e2e walk.
      const result = await axe.run(container, {
        rules: { 'color-contrast': { enabled: false }, 'target-size': { enabled: false } },
      });
      expect(result.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.length})`)).toEqual([]);
      // The help screen loads its finder lazily: let that import finish inside the test, or it lands
      // after the environment is torn down and Vitest reports it as an unhandled error.
      await waitFor(() => expect(screen.queryByText(i18n.t('help.loading'))).toBeNull(), { timeout: 10_000 });
    });
  }
});
