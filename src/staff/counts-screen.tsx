import { useEffect, useMemo, useState } from 'preact/hooks';
import { flows } from '../../flows/registry';
import type { KioskDatabase, UsageRow } from '../data/db';
import {
  MIN_SESSIONS,
  USAGE_PERIODS,
  family,
  periodStart,
  readUsage,
  sessionSeries,
  shownTotals,
  usageCsv,
  usageFileName,
  type UsagePeriod,
} from '../data/usage-store';
import { needs } from '../help/needs';
import { findLanguage } from '../i18n/languages';
import { useT } from '../i18n/use-t';
import { Pictogram } from '../ui/pictogram';
import { useLanguageTexts } from './assisted/use-language-texts';
import { downloadText } from './download';
import './staff.css';
import './assisted/screens.css';

/** Steps listed in "where people stop" and "second look" charts. */
const TOP = 10;

/** One bar (or pair of bars) of a horizontal chart. */
interface BarRow {
  key: string;
  label: string;
  /** Language of the label when it is not the page's (a language named in its own script). */
  lang?: string | undefined;
  values: number[];
}

/**
 * Anonymous usage counts (N15): what this kiosk counted, by day, with no personal data
 * (src/data/usage-store.ts). The k rule (issue 16): a period's details (languages, topics,
 * steps, finder, slips, how sessions ended) are shown only when it holds at least MIN_SESSIONS
 * sessions; otherwise "fewer than 5" stands in their place (shownTotals, as the CSV does). Charts drawn as inline SVG, each a figure with its caption and the
 * same numbers as a table for screen readers; a period to choose; a CSV export.
 */
export default function CountsScreen({ db }: { db: KioskDatabase }) {
  const { t, lang } = useT();
  const texts = useLanguageTexts(lang);
  const [period, setPeriod] = useState<UsagePeriod>('30d');
  const [rows, setRows] = useState<UsageRow[] | Error | null>(null);
  const [status, setStatus] = useState('');
  // The end of the period: when the screen was opened or the period chosen.
  const [now, setNow] = useState(() => new Date());

  useEffect(() => {
    let live = true;
    setRows(null);
    readUsage(db, periodStart(period, now)).then(
      (found) => live && setRows(found),
      (error: unknown) => live && setRows(error instanceof Error ? error : new Error(String(error))),
    );
    return () => {
      live = false;
    };
  }, [db, period, now]);

  const data = useMemo(() => (Array.isArray(rows) ? rows : []), [rows]);
  const shown = useMemo(() => shownTotals(data), [data]);
  const { totals } = shown;
  // Some sessions, but fewer than MIN_SESSIONS: no detail at all (with none, the charts say "nothing").
  const detailShown = shown.detailShown || !shown.held;
  const count = (metric: string) => totals.get(metric) ?? 0;
  const fewer = t('staff:counts.fewer', { count: MIN_SESSIONS });

  const topicName = (id: string) => texts.t(`${id}:tile`, { defaultValue: id });
  const stepName = (topic: string, step: string) => {
    const meta = flows.find((f) => f.id === topic)?.states[step]?.meta;
    return `${topicName(topic)} — ${meta ? texts.t(meta.title, { defaultValue: step }) : step} (${step})`;
  };
  const filterName = (id: string) => {
    if (id === 'open-now') return texts.t('finder.openNowFilter', { defaultValue: id });
    const need = needs.find((n) => n.id === id);
    return need ? texts.t(need.label, { defaultValue: id }) : id;
  };
  const stepRows = (name: string): BarRow[] =>
    family(totals, name)
      .slice(0, TOP)
      .map(({ key, count: n }) => {
        const [topic = '', step = ''] = key.split(':');
        return { key, label: stepName(topic, step), values: [n] };
      });

  const series = sessionSeries(data, period, now);
  const byMonth = period === '13m';
  const dateLabel = (key: string) =>
    new Intl.DateTimeFormat(
      lang,
      byMonth ? { month: 'short', year: 'numeric' } : { weekday: 'short', day: 'numeric', month: 'short' },
    ).format(new Date(Number(key.slice(0, 4)), Number(key.slice(5, 7)) - 1, byMonth ? 1 : Number(key.slice(8, 10))));

  const exportCsv = () => {
    if (!Array.isArray(rows)) return;
    const name = usageFileName(new Date());
    // The BOM makes spreadsheets read the CSV as UTF-8.
    const csv = usageCsv(rows);
    downloadText(`\uFEFF${csv}`, name, 'text/csv;charset=utf-8');
    // Lines of data: the CSV's lines but the header.
    setStatus(t('staff:counts.export.done', { name, count: csv.trimEnd().split('\r\n').length - 1 }));
  };

  return (
    <main id="main" class="staff staff-screen counts" aria-labelledby="counts-title">
      <h1 id="counts-title">{t('staff:counts.title')}</h1>
      <p>{t('staff:counts.lead')}</p>
      <p class="staff-notice">{t('staff:counts.kRule', { count: MIN_SESSIONS })}</p>

      <fieldset class="counts__period">
        <legend>{t('staff:counts.period.label')}</legend>
        {USAGE_PERIODS.map((p) => (
          <label key={p} class="staff-check">
            <input
              type="radio"
              name="counts-period"
              value={p}
              checked={period === p}
              onChange={() => {
                setPeriod(p);
                setNow(new Date());
                setStatus('');
              }}
            />
            {t(`staff:counts.period.${p}`)}
          </label>
        ))}
      </fieldset>

      <p role="status" class="staff__status">
        {status}
      </p>

      {rows === null && <p>{t('staff:counts.loading')}</p>}
      {rows instanceof Error && (
        <p class="staff-notice staff-notice--error" role="alert">
          {t('staff:counts.error')}
        </p>
      )}
      {Array.isArray(rows) && (
        <>
          {rows.length === 0 && <p class="staff-notice">{t('staff:counts.empty')}</p>}

          <section class="staff__section" aria-labelledby="counts-summary-title">
            <h2 id="counts-summary-title">{t('staff:counts.summary.title')}</h2>
            <dl class="counts-summary">
              {(
                [
                  ['sessions', count('session'), true],
                  ['stop', count('session-end:stop'), detailShown],
                  ['idle', count('session-end:idle'), detailShown],
                  ['finderOpen', count('finder-open'), detailShown],
                  ['slips', count('slip-printed'), detailShown],
                  ['errors', count('error'), detailShown],
                ] as const
              ).map(([key, n, shown]) => (
                <div key={key} class="counts-summary__item">
                  <dt>{t(`staff:counts.summary.${key}`)}</dt>
                  <dd>{shown ? n : fewer}</dd>
                </div>
              ))}
            </dl>
          </section>

          <ColumnChart
            id="counts-sessions"
            title={t(byMonth ? 'staff:counts.chart.sessionsByMonth' : 'staff:counts.chart.sessionsByDay')}
            keyHeader={t(byMonth ? 'staff:counts.table.month' : 'staff:counts.table.day')}
            valueHeader={t('staff:counts.table.sessions')}
            points={series.map((p) => ({ key: p.key, label: dateLabel(p.key), value: p.count }))}
          />

          <BarChart
            id="counts-languages"
            title={t('staff:counts.chart.languages')}
            itemHeader={t('staff:counts.table.language')}
            series={[t('staff:counts.table.count')]}
            hidden={!detailShown}
            rows={family(totals, 'language').map(({ key, count: n }) => {
              const language = findLanguage(key);
              return { key, label: language ? `${language.name} (${key})` : key, lang: language ? key : undefined, values: [n] };
            })}
          />

          <BarChart
            id="counts-topics"
            title={t('staff:counts.chart.topics')}
            itemHeader={t('staff:counts.table.topic')}
            series={[t('staff:counts.table.started'), t('staff:counts.table.finished')]}
            hidden={!detailShown}
            rows={flows.map((f) => ({
              key: f.id,
              label: topicName(f.id),
              values: [count(`topic-start:${f.id}`), count(`topic-finish:${f.id}`)],
            }))}
          />

          <BarChart
            id="counts-abandon"
            title={t('staff:counts.chart.abandon', { count: TOP })}
            itemHeader={t('staff:counts.table.step')}
            series={[t('staff:counts.table.count')]}
            hidden={!detailShown}
            rows={stepRows('topic-abandon')}
          />

          <BarChart
            id="counts-retry"
            title={t('staff:counts.chart.retry')}
            itemHeader={t('staff:counts.table.question')}
            series={[t('staff:counts.table.count')]}
            hidden={!detailShown}
            rows={stepRows('teach-back-retry')}
          />

          <BarChart
            id="counts-filters"
            title={t('staff:counts.chart.filters')}
            itemHeader={t('staff:counts.table.filter')}
            series={[t('staff:counts.table.count')]}
            hidden={!detailShown}
            rows={family(totals, 'finder-filter').map(({ key, count: n }) => ({ key, label: filterName(key), values: [n] }))}
          />

          <BarChart
            id="counts-slips"
            title={t('staff:counts.chart.slips')}
            itemHeader={t('staff:counts.table.item')}
            series={[t('staff:counts.table.count')]}
            hidden={!detailShown}
            rows={[
              { key: 'finder-open', label: t('staff:counts.summary.finderOpen'), values: [count('finder-open')] },
              { key: 'slip-printed', label: t('staff:counts.summary.slips'), values: [count('slip-printed')] },
            ]}
          />

          <section class="staff__section" aria-labelledby="counts-export-title">
            <h2 id="counts-export-title">{t('staff:counts.export.title')}</h2>
            <p>{t('staff:counts.export.hint')}</p>
            <button type="button" class="btn btn--primary" onClick={exportCsv}>
              <Pictogram id="paper" size="md" />
              <span>{t('staff:counts.export.button')}</span>
            </button>
          </section>
        </>
      )}
    </main>
  );
}

/** A table of the chart's numbers, for screen readers (the drawing itself is hidden from them). */
function DataTable(props: {
  caption: string;
  headers: string[];
  rows: { key: string; label: string; lang?: string | undefined; values: number[] }[];
}) {
  return (
    <table class="visually-hidden">
      <caption>{props.caption}</caption>
      <thead>
        <tr>
          {props.headers.map((h) => (
            <th key={h} scope="col">
              {h}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {props.rows.map((row) => (
          <tr key={row.key}>
            <th scope="row" lang={row.lang}>
              {row.label}
            </th>
            {row.values.map((v, i) => (
              <td key={i}>{v}</td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** Sessions over time: one column a day (or a month), drawn as one SVG. */
function ColumnChart(props: {
  id: string;
  title: string;
  keyHeader: string;
  valueHeader: string;
  points: { key: string; label: string; value: number }[];
}) {
  const { t } = useT();
  const { points } = props;
  const max = Math.max(1, ...points.map((p) => p.value));
  const total = points.reduce((n, p) => n + p.value, 0);
  const width = points.length * 10;
  return (
    <figure class="staff__section chart" aria-labelledby={`${props.id}-title`}>
      <figcaption id={`${props.id}-title`} class="chart__title">
        {props.title}
      </figcaption>
      <div class="chart__visual" aria-hidden="true">
        <p class="chart__scale">{t('staff:counts.max', { count: max, total })}</p>
        <svg class="chart__columns" viewBox={`0 0 ${width} 100`} preserveAspectRatio="none" focusable="false">
          <line x1="0" y1="100" x2={width} y2="100" class="chart__axis" />
          {points.map((p, i) => (
            <rect key={p.key} x={i * 10 + 1} y={100 - (p.value / max) * 100} width="8" height={(p.value / max) * 100} class="chart__rect">
              <title>{`${p.label}: ${p.value}`}</title>
            </rect>
          ))}
        </svg>
        <p class="chart__ends">
          <span>{points[0]?.label}</span>
          <span>{points.at(-1)?.label}</span>
        </p>
      </div>
      <DataTable
        caption={props.title}
        headers={[props.keyHeader, props.valueHeader]}
        rows={points.map((p) => ({ key: p.key, label: p.label, values: [p.value] }))}
      />
    </figure>
  );
}

/** Horizontal bars, one per row (or a pair: e.g. started and finished), each bar an inline SVG, the number beside it. */
function BarChart(props: { id: string; title: string; itemHeader: string; series: string[]; rows: BarRow[]; hidden: boolean }) {
  const { t } = useT();
  const { rows, series } = props;
  const max = Math.max(1, ...rows.flatMap((r) => r.values));
  const empty = rows.every((r) => r.values.every((v) => v === 0));
  return (
    <figure class="staff__section chart" aria-labelledby={`${props.id}-title`}>
      <figcaption id={`${props.id}-title`} class="chart__title">
        {props.title}
      </figcaption>
      {props.hidden ? (
        // The k rule: fewer than MIN_SESSIONS sessions in the period, no detail at all (not even zeros).
        <p>{t('staff:counts.fewer', { count: MIN_SESSIONS })}</p>
      ) : empty ? (
        <p>{t('staff:counts.none')}</p>
      ) : (
        <>
          <div class="chart__visual" aria-hidden="true">
            {series.length > 1 && (
              <p class="chart__legend">
                {series.map((name, i) => (
                  <span key={name} class="chart__legend-item">
                    <svg class="chart__swatch" viewBox="0 0 20 20" focusable="false">
                      <rect x="1" y="1" width="18" height="18" class={`chart__bar chart__bar--${i}`} />
                    </svg>
                    {name}
                  </span>
                ))}
              </p>
            )}
            <div class="chart__bars">
              {rows.map((row) => (
                <div key={row.key} class="chart__row">
                  <span class="chart__label" lang={row.lang}>
                    {row.label}
                  </span>
                  <span class="chart__values">
                    {row.values.map((v, i) => (
                      <span key={i} class="chart__line">
                        <svg class="chart__bar-svg" viewBox="0 0 100 10" preserveAspectRatio="none" focusable="false">
                          {v > 0 && (
                            <rect x="0.5" y="0.5" width={Math.max(1, (v / max) * 99)} height="9" class={`chart__bar chart__bar--${i}`} />
                          )}
                        </svg>
                        <span class="chart__value">{v}</span>
                      </span>
                    ))}
                  </span>
                </div>
              ))}
            </div>
          </div>
          <DataTable caption={props.title} headers={[props.itemHeader, ...series]} rows={rows} />
        </>
      )}
    </figure>
  );
}
