// Prints the manifest entry for a recorded sentence: `node scripts/clip-key.mjs fr "Vous décidez." vous-decidez.opus`
// Put the file in public/audio/<lang>/ and the entry in its manifest.json "clips". The key is the
// contract of src/speech/clips.ts: SHA-256 (hex) of the text in Unicode NFC with white space
// collapsed and trimmed, first 16 digits. `npm run test:unit` then lists stale or orphan clips.
import { createHash } from 'node:crypto';

const [lang, text, file] = process.argv.slice(2);
if (!lang || !text) {
  console.error('usage: node scripts/clip-key.mjs <lang> "<sentence as on screen>" [file]');
  process.exit(2);
}
const normalised = text.normalize('NFC').replace(/\s+/gu, ' ').trim();
const key = createHash('sha256').update(normalised, 'utf8').digest('hex').slice(0, 16);
const entry = { [key]: { file: file ?? `${key}.opus`, text: normalised } };
console.log(`public/audio/${lang}/manifest.json, in "clips":`);
console.log(JSON.stringify(entry, null, 2).slice(1, -1).trim());
