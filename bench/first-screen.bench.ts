/**
 * `npm run bench` (part): the first screen measured as issue 15 §6 asks (bench/first-screen.ts),
 * written into docs/benchmarks.md as a before/after table between the markers below.
 * - `KIOSK_DIST=<folder>` measures another build than dist/ (an engineer's own build);
 * - `KIOSK_BENCH_RUNS=<n>` (default 3);
 * - `KIOSK_BENCH_BASELINE=1` records the figures as the "before" column
 *   (bench/first-screen.before.json) instead of writing the table.
 * Figures are reported, not asserted: the machine is shared and its load is written beside them.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { it } from 'vitest';
import { END, START, measureFirstScreen, median, withFirstScreenSection, type FirstScreenFigures } from './first-screen';

const DIST = process.env['KIOSK_DIST'] ?? 'dist';
const RUNS = Number(process.env['KIOSK_BENCH_RUNS'] ?? 3);
const BEFORE = 'bench/first-screen.before.json';
const DOC = 'docs/benchmarks.md';

interface Recorded {
  date: string;
  machine: string;
  load: string;
  commit: string;
  figures: FirstScreenFigures;
}

const fr = (ns: string) => JSON.parse(readFileSync(`locales/fr/${ns}.json`, 'utf8')) as Record<string, Record<string, string>>;

function machine(): string {
  const chromium = execFileSync(process.env['CHROME_PATH'] ?? '/usr/bin/chromium', ['--version'], { encoding: 'utf8' }).trim();
  return `${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB RAM, ${chromium}, Node ${process.version}, Lighthouse 12.2.3`;
}

const load = (): string =>
  loadavg()
    .map((l) => l.toFixed(1))
    .join(' / ');

function commit(): string {
  try {
    return execFileSync('git', ['rev-parse', '--short', 'HEAD'], { encoding: 'utf8' }).trim();
  } catch {
    return '?';
  }
}

/** "median (runs: a, b, c)" */
function med(xs: readonly number[], unit = '', digits = 0): string {
  const f = (x: number) => (Number.isFinite(x) ? `${x.toFixed(digits)}${unit}` : '?');
  return `**${f(median(xs))}** (${xs.map(f).join(', ')})`;
}

/** Long tasks of each run: "3 tasks, longest 120 ms". */
function tasks(runs: readonly number[][]): string {
  const counts = runs.map((r) => r.length);
  const longest = runs.map((r) => (r.length ? Math.max(...r) : 0));
  return `**${median(counts)}** tasks, longest **${median(longest)} ms** (runs: ${runs.map((r) => (r.length ? r.join('+') + ' ms' : 'none')).join('; ')})`;
}

function table(before: Recorded | undefined, after: Recorded): string {
  const b = before?.figures;
  const a = after.figures;
  const row = (what: string, pick: (f: FirstScreenFigures) => string, goal: string) =>
    `| ${what} | ${b ? pick(b) : '—'} | ${pick(a)} | ${goal} |`;
  const rows = [
    row('welcome: Lighthouse performance', (f) => med(f.welcome.performance), '100'),
    row('welcome: total blocking time', (f) => med(f.welcome.tbt, ' ms'), '≤ 50 ms'),
    row('welcome: time to interactive', (f) => med(f.welcome.tti, ' ms'), 'no worse'),
    row('welcome: first / largest contentful paint', (f) => `${med(f.welcome.fcp, ' ms')} / ${med(f.welcome.lcp, ' ms')}`, 'no worse'),
    row('welcome: speed index / layout shift', (f) => `${med(f.welcome.si, ' ms')} / ${med(f.welcome.cls, '', 3)}`, 'no worse'),
    row(
      'welcome: accessibility / best practices / SEO',
      (f) => `${med(f.welcome.accessibility)} / ${med(f.welcome.bestPractices)} / ${med(f.welcome.seo)}`,
      '100',
    ),
    row('topic step (timespan: touch → first step): Lighthouse performance', (f) => med(f.topic.performance), '100'),
    row('topic step: total blocking time', (f) => med(f.topic.tbt, ' ms'), '≤ 50 ms'),
    row('topic step: interaction to next paint', (f) => med(f.topic.inp, ' ms'), 'no worse'),
    row('long tasks > 50 ms in the first 5 s, CPU 4×, first visit (inventory seeded)', (f) => tasks(f.longTasks.first), 'none'),
    row('long tasks > 50 ms in the first 5 s, CPU 4×, repeat visit', (f) => tasks(f.longTasks.repeat), 'none'),
    row('first-screen JS, gzip -9', (f) => `**${(f.firstScreenJsGzip / 1024).toFixed(1)} kB**`, '≤ 50 kB'),
  ];
  const when = (r: Recorded) => `${r.date} at commit ${r.commit}, load average (1/5/15 min) ${r.load} at the end`;
  return [
    START,
    '## First screen (issue 15 §6)',
    '',
    `Measured by \`npm run bench\` (bench/first-screen.bench.ts) — ${after.machine}.`,
    'Lighthouse mobile preset (simulated slow 4G, CPU 4×) on the production build served by `vite preview` with each text file',
    'gzip-compressed once in memory (not on the fly). Topic step: a Lighthouse timespan from the touch on the welcome screen to',
    "the first topic's first step. Long tasks: PerformanceObserver in Chromium with the CPU slowed 4×, nobody touching.",
    `Median of ${a.runs} runs in bold, each run in brackets, each in a fresh browser.`,
    `The machine (2 cores) is shared with other engineers' builds and tests while it measures: its load is given with each column,`,
    'and figures vary from run to run with it; the medians are what to compare.',
    '',
    `- before: ${before ? when(before) : 'not recorded'}`,
    `- after: ${when(after)}`,
    '',
    '| measure | before | after | goal |',
    '|---|---|---|---|',
    ...rows,
    END,
  ].join('\n');
}

it('first screen: Lighthouse, long tasks, first-screen JS', async () => {
  const common = fr('common');
  const labels = {
    touch: common['welcome']!['touch']!,
    topic: fr('shared-record')['tile'] as unknown as string,
    next: common['step']!['next']!,
  };
  const figures = await measureFirstScreen(DIST, labels, RUNS);
  const recorded: Recorded = {
    date: new Date().toISOString().slice(0, 16).replace('T', ' ') + ' UTC',
    machine: machine(),
    load: load(),
    commit: commit(),
    figures,
  };
  if (process.env['KIOSK_BENCH_BASELINE'] === '1') {
    writeFileSync(BEFORE, `${JSON.stringify(recorded, null, 2)}\n`);
    console.log(JSON.stringify(recorded, null, 2));
    return;
  }
  const before = existsSync(BEFORE) ? (JSON.parse(readFileSync(BEFORE, 'utf8')) as Recorded) : undefined;
  const section = table(before, recorded);
  writeFileSync(DOC, withFirstScreenSection(existsSync(DOC) ? readFileSync(DOC, 'utf8') : '# Benchmarks\n', section));
  console.log(section);
}, 1_800_000);
