import { describe, expect, it } from 'vitest';
import { allFlows } from '../flows/registry';
import type { FlowConfig, StepMeta } from '../flows/types';
import pictogramIcons from '../scripts/pictograms.json';

/**
 * Balance in substance, not only in word count (issue 14, docs/content.md "Objectivity"),
 * checked on the topics' data, so that a later edit cannot tilt a decision topic unnoticed.
 * A decision topic asks the person to choose one way (a `choice` step that is not a multi-select
 * list, e.g. consent: yes, no, nothing…); its comparisons (`compare`) hold benefits on the left
 * and risks on the right. Other topics use `compare` for lists that need not be even (privacy:
 * who can see / who never can).
 */

type Step = { flow: FlowConfig; step: string; meta: StepMeta };

const stepsOf = (flow: FlowConfig): Step[] => Object.entries(flow.states).map(([step, s]) => ({ flow, step, meta: s.meta }));
const allSteps = allFlows.flatMap(stepsOf);
const decisionTopics = allFlows.filter((f) => stepsOf(f).some((s) => s.meta.screen === 'choice' && !s.meta.multi));

/** Where each answer of a step leads (`PICK.<id>` → state). */
function targetOf(flow: FlowConfig, step: string, optionId: string): string | undefined {
  const t = (flow.states[step]?.on as Record<string, unknown> | undefined)?.[`PICK.${optionId}`];
  if (typeof t === 'string') return t;
  if (t && typeof t === 'object' && 'target' in t) return String(t.target);
  return undefined;
}

/**
 * Tabler icons that carry a judgement (approval, disapproval, mood, right/wrong): a choice drawn
 * with one of them tells the person which answer is the good one.
 */
export const valencedIcon =
  /^(thumb|mood-|face-|emoji|check$|checks$|circle-check|circle-x|square-check|square-x|square-rounded-check|square-rounded-x|x$)/u;
const iconOf = (pictogram: string) => (pictogramIcons as Record<string, string>)[pictogram] ?? pictogram;

describe('decision topics are balanced in substance', () => {
  it('there is a decision topic to check (consent), with comparisons', () => {
    expect(decisionTopics.map((f) => f.id)).toContain('consent');
    for (const flow of decisionTopics)
      expect(
        stepsOf(flow).some((s) => s.meta.screen === 'compare'),
        flow.id,
      ).toBe(true);
  });

  it('every comparison of a decision topic has as many points on each side', () => {
    const uneven = decisionTopics
      .flatMap(stepsOf)
      .filter((s) => s.meta.columns)
      .filter((s) => s.meta.columns!.left.items.length !== s.meta.columns!.right.items.length)
      .map((s) => `${s.flow.id}/${s.step}: ${s.meta.columns!.left.items.length} vs ${s.meta.columns!.right.items.length}`);
    expect(uneven).toEqual([]);
  });

  it("a decision topic's recap (and so its printed sheet) lists at least one point from each side", () => {
    const problems = decisionTopics.flatMap((flow) => {
      const columns = stepsOf(flow).flatMap((s) => (s.meta.columns ? [s.meta.columns] : []));
      const left = new Set(columns.flatMap((c) => c.left.items));
      const right = new Set(columns.flatMap((c) => c.right.items));
      const recaps = stepsOf(flow).filter((s) => s.meta.screen === 'recap' && !s.meta.showMarks);
      if (recaps.length === 0) return [`${flow.id}: no recap`];
      return recaps.flatMap((r) => {
        const texts = (r.meta.items ?? []).map((i) => i.text);
        return [
          ...(texts.some((t) => left.has(t)) ? [] : [`${flow.id}/${r.step}: no benefit from the comparison`]),
          ...(texts.some((t) => right.has(t)) ? [] : [`${flow.id}/${r.step}: no risk from the comparison`]),
        ];
      });
    });
    expect(problems).toEqual([]);
  });

  it('a decision topic has a teach-back question on a risk (a wrong answer goes back to the comparison)', () => {
    const without = decisionTopics.filter((flow) => {
      const compareSteps = new Set(
        stepsOf(flow)
          .filter((s) => s.meta.screen === 'compare')
          .map((s) => s.step),
      );
      return !stepsOf(flow)
        .filter((s) => s.meta.screen === 'check' && s.meta.check)
        .some((s) =>
          (s.meta.options ?? [])
            .filter((o) => o.id !== s.meta.check!.expected)
            .some((o) => compareSteps.has(targetOf(flow, s.step, o.id) ?? '')),
        );
    });
    expect(without.map((f) => f.id)).toEqual([]);
  });

  it('no choice or answer is drawn with a pictogram that judges it (thumbs, smileys, ticks, crosses)', () => {
    const valenced = allSteps
      .filter((s) => s.meta.screen === 'choice' || s.meta.screen === 'check')
      .flatMap((s) => (s.meta.options ?? []).map((o) => ({ s, o, icon: iconOf(o.pictogram) })))
      .filter(({ icon }) => valencedIcon.test(icon))
      .map(({ s, o, icon }) => `${s.flow.id}/${s.step} option "${o.id}": ${o.pictogram} (${icon})`);
    expect(valenced).toEqual([]);
  });

  it('a choice step does not put "yes" first', () => {
    const yesFirst = allSteps
      .filter((s) => s.meta.screen === 'choice')
      .filter((s) => ['agree', 'yes'].includes(s.meta.options?.[0]?.id ?? ''))
      .map((s) => `${s.flow.id}/${s.step}`);
    expect(yesFirst).toEqual([]);
  });

  it('the list of judging pictograms catches thumbs, smileys, ticks and crosses, not neutral ones', () => {
    for (const icon of ['thumb-up', 'thumb-down', 'mood-smile', 'check', 'x', 'circle-check', 'square-x'])
      expect(valencedIcon.test(icon), icon).toBe(true);
    for (const icon of [
      'share',
      'share-off',
      'hand-off',
      'arrows-exchange',
      'user-x',
      'file-off',
      'help-circle',
      'eye-off',
      'users-group',
      'heart',
      'alert-triangle',
    ])
      expect(valencedIcon.test(icon), icon).toBe(false);
  });
});
