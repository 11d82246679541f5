import { screen, within } from '@testing-library/preact';
import type { i18n as I18n } from 'i18next';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { allFlows } from '../flows/registry';
import type { AnyContent, FlowConfig } from '../flows/types';
import { flowProblems } from '../src/runtime/flow-problems';
import { flatKeys, languageFolders } from './locale-files';
import { renderStep, serveInventory, spacedPresses, testI18n } from './render-kit';

/**
 * Teach-back questions ask one thing (issue 12): the heading is the real question ("Can you
 * change your mind later?"), "Did I explain it well?" is a small line above it, and the answers
 * are statements ("Yes, at any time"), not questions.
 */

/** Every teach-back (`check`) step of every topic. */
const checkSteps = allFlows.flatMap((flow) =>
  Object.entries(flow.states)
    .filter(([, state]) => state.meta.screen === 'check')
    .map(([step, state]) => ({ flow, step, meta: state.meta })),
);

/** Question marks of the kiosk's scripts: Latin "?", Arabic "؟". */
const questionMarks = /[?؟]/gu;
const endsWithQuestion = (text: string) => /[?؟]\s*$/u.test(text);

describe('teach-back questions ask one thing', () => {
  it('there are teach-back steps to check (consent has three)', () => {
    expect(checkSteps.filter((s) => s.flow.id === 'consent').length).toBe(3);
  });

  it('every teach-back step has a small lead line ("Did I explain it well?")', () => {
    expect(checkSteps.filter((s) => !s.meta.lead).map((s) => `${s.flow.id}/${s.step}`)).toEqual([]);
  });

  it.each(languageFolders())('%s: the heading is one question, not the lead; the answers are statements', (lang) => {
    const keys = flatKeys(lang);
    const text = (key: string | undefined) => {
      const value = keys.get(key ?? '');
      return typeof value === 'string' ? value.trim() : '';
    };
    const problems: string[] = [];
    for (const { flow, step, meta } of checkSteps) {
      const where = `${lang} ${flow.id}/${step}`;
      const title = text(meta.title);
      const lead = text(meta.lead);
      if (!endsWithQuestion(title)) problems.push(`${where}: heading "${title}" is not a question`);
      if ((title.match(questionMarks) ?? []).length !== 1) problems.push(`${where}: heading "${title}" asks more than one thing`);
      if (lead && title.includes(lead)) problems.push(`${where}: heading "${title}" holds the lead "${lead}"`);
      for (const option of meta.options ?? []) {
        const label = text(option.label);
        if (endsWithQuestion(label)) problems.push(`${where}: answer "${label}" is a question`);
        // A bare "Yes" or "No" answers nothing by itself: it says what it says yes or no to.
        if ((option.id === 'yes' || option.id === 'no') && label.split(/\s+/u).length < 2)
          problems.push(`${where}: answer "${label}" is a bare yes or no`);
      }
    }
    expect(problems).toEqual([]);
  });
});

describe('a lead line is checked before a topic runs', () => {
  const consent = allFlows.find((f) => f.id === 'consent') as FlowConfig;
  const ctx = { hasText: (key: string) => !key.endsWith('nope'), hasPictogram: () => true };
  const withChange = (change: (f: FlowConfig<AnyContent>) => void): string => {
    const copy: FlowConfig<AnyContent> = structuredClone(consent);
    change(copy);
    return flowProblems(copy, ctx).join('\n');
  };

  it('names a lead whose text is missing, and a lead on a screen that does not show it', () => {
    expect(withChange(() => undefined)).toBe('');
    expect(withChange((f) => (f.states.checkChange!.meta.lead = 'consent:nope'))).toMatch(
      /step "checkChange": missing text key "consent:nope"/,
    );
    expect(withChange((f) => (f.states.what!.meta.lead = 'consent:check.lead'))).toMatch(
      /step "what": only a check or choice step shows a lead/,
    );
  });
});

describe('a teach-back step on screen', () => {
  let i18n: I18n;
  beforeAll(async () => {
    i18n = await testI18n('fr');
  });
  beforeEach(() => {
    serveInventory();
    spacedPresses();
  });

  it.each(checkSteps.map((s) => [`${s.flow.id}/${s.step}`, s] as const))(
    '%s: the lead shows above the heading, the heading is the question',
    (_name, { flow, step, meta }) => {
      const { done } = renderStep(flow, step, i18n);
      const heading = screen.getByRole('heading', { level: 1 });
      expect(heading.textContent?.trim()).toBe(i18n.t(meta.title));
      const lead = screen.getByText(i18n.t(meta.lead!));
      // The lead is a small line of the step's header (drawn above the heading by the layout),
      // not part of the heading: the heading, read first, is the question alone.
      expect(lead.tagName).toBe('P');
      expect(lead.closest('header')).toBe(heading.closest('header'));
      expect(heading.contains(lead)).toBe(false);
      // The answers are the options of the question, each a button named by its statement.
      const group = screen.getByRole('group', { name: i18n.t(meta.title) });
      expect(
        within(group)
          .getAllByRole('button')
          .map((b) => b.textContent?.trim()),
      ).toEqual((meta.options ?? []).map((o) => i18n.t(o.label)));
      done();
    },
  );
});
