// `npm run docs:sources`: prints which steps cite each source of the fact sheet (docs/facts.md),
// from the flows, as a Markdown table (source number, address, steps citing it). Nothing is
// written: the staff screens read the fact sheet when the app is built (scripts/content-plugins.ts)
// and src/staff/assisted/sources.test.ts fails when a step cites a number the fact sheet lacks.
// Use it to see what a change to a fact touches, or to review a topic's sources.
import { readFileSync, readdirSync } from 'node:fs';

const facts = readFileSync(new URL('../docs/facts.md', import.meta.url), 'utf8');
const urls = new Map([...facts.matchAll(/^(\d+) (https?:\/\/\S+)$/gm)].map((m) => [Number(m[1]), m[2]]));
const flowsDir = new URL('../flows/', import.meta.url);
const citing = new Map();
for (const file of readdirSync(flowsDir)
  .filter((f) => f.endsWith('.flow.ts'))
  .sort()) {
  const text = readFileSync(new URL(file, flowsDir), 'utf8');
  const id = /id: '([^']+)'/.exec(text)?.[1] ?? file;
  // Each state block: "name: {" at 4 spaces, then its sources somewhere inside.
  for (const block of text.split(/\n {4}(?=[\w-]+: \{)/).slice(1)) {
    const step = /^([\w-]+):/.exec(block)?.[1];
    const sources = /sources: \[([^\]]*)\]/.exec(block)?.[1];
    if (!step || !sources) continue;
    for (const n of sources
      .split(',')
      .map((x) => Number(x.trim()))
      .filter(Boolean)) {
      if (!citing.has(n)) citing.set(n, []);
      citing.get(n).push(`${id}/${step}`);
    }
  }
}
const missing = [...citing.keys()].filter((n) => !urls.has(n));
console.log('| # | source | cited by |\n|---|---|---|');
for (const n of [...citing.keys()].sort((a, b) => a - b))
  console.log(`| ${n} | ${urls.get(n) ?? '(not in the fact sheet!)'} | ${citing.get(n).join(', ')} |`);
if (missing.length > 0) {
  console.error(`Cited but not in the "Sources" list of docs/facts.md: ${missing.join(', ')}`);
  process.exit(1);
}
