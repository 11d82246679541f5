import { render, screen, within } from '@testing-library/preact';
import type { i18n as I18n } from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { allFlows } from '../../flows/registry';
import { Providers, testI18n } from '../../tests/render-kit';
import { flatKeys } from '../../tests/locale-files';
import { loadStaffTexts } from '../i18n/i18n';
import GuideScreen from './guide-screen';
import { sourceUrl } from './assisted/sources';
import { talkingPoints } from './assisted/talking-points';
import { besideDo, besideDont, confidential, glossary } from './guide/glossary';

const STAFF_LANGUAGES = ['fr', 'nl', 'en'];

let i18n: I18n;
beforeAll(async () => {
  i18n = await testI18n('fr');
  for (const lang of STAFF_LANGUAGES) await loadStaffTexts(i18n, lang);
  await i18n.changeLanguage('fr');
});

/** The `guide` keys of a language. */
const guideKeys = (lang: string) => [...flatKeys(lang).keys()].filter((k) => k.startsWith('guide:')).sort();

/** Every guide key the staff screens read. */
const usedKeys = [
  ...glossary.flatMap((g) => [`guide:glossary.${g.id}.term`, `guide:glossary.${g.id}.definition`]),
  ...besideDo.map((id) => `guide:beside.do.${id}`),
  ...besideDont.map((id) => `guide:beside.dont.${id}`),
  ...confidential.map((c) => `guide:confidential.${c.id}`),
  ...Object.entries(talkingPoints).flatMap(([topic, p]) => [
    ...p.topic.map((id) => `guide:talk.${topic}.${id}`),
    ...Object.values(p.steps ?? {}).flatMap((ids) => ids.map((id) => `guide:talk.${topic}.step.${id}`)),
  ]),
];

describe('guide.json (staff only: fr, nl, en)', () => {
  it.each(['nl', 'en'])('%s has exactly the keys of fr', (lang) => {
    expect(guideKeys(lang)).toEqual(guideKeys('fr'));
  });

  it.each(STAFF_LANGUAGES)('%s has every key the staff screens use, none unused', (lang) => {
    const keys = new Set(guideKeys(lang));
    expect(usedKeys.filter((k) => !keys.has(k))).toEqual([]);
    const screenKeys = [
      'title',
      'lead',
      'sourcesLabel',
      'sourcesHint',
      'sourcesListTitle',
      'beside.title',
      'beside.doTitle',
      'beside.dontTitle',
      'confidential.title',
      'glossaryTitle',
      'glossaryLead',
    ].map((k) => `guide:${k}`);
    expect([...keys].filter((k) => !usedKeys.includes(k) && !screenKeys.includes(k))).toEqual([]);
  });

  it('talking points name topics and steps that exist', () => {
    for (const [topic, points] of Object.entries(talkingPoints)) {
      const flow = allFlows.find((f) => f.id === topic);
      expect(flow, topic).toBeTruthy();
      for (const step of Object.keys(points.steps ?? {})) expect(Object.keys(flow!.states), `${topic}/${step}`).toContain(step);
    }
  });

  it('every glossary definition that states a fact names its sources, and each exists', () => {
    for (const entry of glossary) {
      expect(entry.sources.length, entry.id).toBeGreaterThan(0);
      for (const n of entry.sources) expect(sourceUrl(n), `${entry.id} [${n}]`).toBeTruthy();
    }
  });
});

describe('the helper’s guide', () => {
  it.each(STAFF_LANGUAGES)('in %s: do’s and don’ts, confidentiality, the glossary with sources', async (lang) => {
    await i18n.changeLanguage(lang);
    render(
      <Providers i18n={i18n}>
        <GuideScreen />
      </Providers>,
    );
    const t = (key: string) => String(flatKeys(lang).get(key));
    expect(screen.getByRole('heading', { level: 1, name: t('guide:title') })).toBeTruthy();
    const dont = screen.getByRole('list', { name: t('guide:beside.dontTitle') });
    expect(within(dont).getAllByRole('listitem')).toHaveLength(besideDont.length);
    expect(within(dont).getByText(t('guide:beside.dont.code'))).toBeTruthy();
    expect(within(screen.getByRole('list', { name: t('guide:beside.doTitle') })).getAllByRole('listitem')).toHaveLength(besideDo.length);
    const terms = screen.getAllByRole('term').map((dt) => dt.textContent);
    expect(terms).toEqual(glossary.map((g) => t(`guide:glossary.${g.id}.term`)));
    const sumehr = screen.getByText(t('guide:glossary.sumehr.term')).nextElementSibling!;
    expect(sumehr.textContent).toContain('11, 12, 13');
    expect(screen.getByText(sourceUrl(48)!)).toBeTruthy();
    expect(document.querySelectorAll('a').length).toBe(0);
    await i18n.changeLanguage('fr');
  });
});
