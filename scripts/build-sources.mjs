// Writes src/staff/assisted/sources.json: the numbered "Sources" list of the fact sheet
// (docs/facts.md), as { "1": "https://…", … }. Staff screens (explain
// together, helper's guide) show a fact's source numbers with these addresses, as text.
//
// Refresh after the fact sheet changes:   node scripts/build-sources.mjs
// Check that the committed file is current: node scripts/build-sources.mjs --check
// (src/staff/assisted/sources.test.ts runs the same comparison.)
import { readFileSync, writeFileSync } from 'node:fs';

const factsUrl = new URL('../docs/facts.md', import.meta.url);
const outUrl = new URL('../src/staff/assisted/sources.json', import.meta.url);

/** The "## Sources" section's lines "<n> <url>", in order. */
export function sourcesOf(markdown) {
  const section = markdown.split(/^## Sources\s*$/m)[1] ?? '';
  const entries = [...section.matchAll(/^(\d+) (https?:\/\/\S+)\s*$/gm)].map((m) => [m[1], m[2]]);
  return Object.fromEntries(entries);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const json = `${JSON.stringify(sourcesOf(readFileSync(factsUrl, 'utf8')), null, 2)}\n`;
  if (process.argv.includes('--check')) {
    if (readFileSync(outUrl, 'utf8') !== json) {
      console.error('src/staff/assisted/sources.json is out of date: run `node scripts/build-sources.mjs`.');
      process.exit(1);
    }
  } else {
    writeFileSync(outUrl, json);
    console.log(`src/staff/assisted/sources.json: ${Object.keys(JSON.parse(json)).length} sources.`);
  }
}
