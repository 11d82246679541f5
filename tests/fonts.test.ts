// @vitest-environment node
// The self-hosted fonts are cut to the kiosk's characters (scripts/build-fonts.mjs). These tests
// read the cut woff2 files themselves with HarfBuzz: a text that gains a character the fonts were
// not cut for, or a cut that broke Arabic joining, fails here.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import fontverter from 'fontverter';
import { Blob, Buffer, Face, Font, shape } from 'harfbuzzjs';
import { describe, expect, it } from 'vitest';
import { FACES, inRange, kioskCharacters } from '../scripts/font-characters.mjs';

const root = join(import.meta.dirname, '..');
const require = createRequire(import.meta.url);
const cutName = (file: string) => file.replace(/-normal\.woff2$/, '.woff2');

async function faceOf(woff2: Uint8Array): Promise<Face> {
  const sfnt = await fontverter.convert(woff2, 'sfnt');
  return new Face(new Blob(sfnt));
}
const original = (face: (typeof FACES)[number]) => faceOf(readFileSync(require.resolve(`${face.package}/files/${face.file}`)));
const cut = (face: (typeof FACES)[number]) => faceOf(readFileSync(join(root, 'src/styles/fonts', cutName(face.file))));

describe('self-hosted fonts', () => {
  const used = kioskCharacters(root);

  it.each(FACES.map((f) => [cutName(f.file), f] as const))('%s draws every character of the texts it covers', async (_name, face) => {
    const had = new Set((await original(face)).collectUnicodes());
    const has = new Set((await cut(face)).collectUnicodes());
    const missing = [...used].filter((c) => inRange(face, c) && had.has(c.codePointAt(0)!) && !has.has(c.codePointAt(0)!));
    expect(missing, `characters missing from ${cutName(face.file)}: run \`npm run fonts\``).toEqual([]);
  });

  it.each(FACES.filter((f) => f.family !== 'Noto Sans Arabic').map((f) => [cutName(f.file), f] as const))(
    '%s keeps its whole Latin alphabet, so a new Latin-script language needs no new cut',
    async (_name, face) => {
      const had = new Set((await original(face)).collectUnicodes());
      const has = new Set((await cut(face)).collectUnicodes());
      // Latin-1 letters (À…ÿ, ß) for the latin cuts; Latin Extended-A (Ā…ž) for the latin-ext cuts.
      const letters = [...Array.from({ length: 0x40 }, (_, i) => 0xc0 + i), ...Array.from({ length: 0x80 }, (_, i) => 0x100 + i)];
      const lost = letters.filter((cp) => inRange(face, String.fromCodePoint(cp)) && had.has(cp) && !has.has(cp));
      expect(lost.map((cp) => String.fromCodePoint(cp)).join(''), `letters cut out of ${cutName(face.file)}`).toBe('');
    },
  );

  it('every letter, digit and sign of the texts falls in one of the fonts (a new script needs its font)', () => {
    const texts = [...used].filter((c) => /[\p{L}\p{N}\p{P}\p{S}]/u.test(c));
    const uncovered = texts.filter((c) => !FACES.some((face) => face.family !== 'Atkinson Hyperlegible' && inRange(face, c)));
    // ✓ and ✗ mark the printed consent sheet's columns: the device's symbol font draws them.
    expect(uncovered.filter((c) => !'✓✗'.includes(c))).toEqual([]);
  });

  it('Arabic texts shape the same with the cut font as with the whole font (joined letter forms kept)', async () => {
    const arabic = FACES.find((f) => f.family === 'Noto Sans Arabic')!;
    const whole = new Font(await original(arabic));
    const small = new Font(await cut(arabic));
    const texts = Object.values(JSON.parse(readFileSync(join(root, 'locales/ar/common.json'), 'utf8')) as Record<string, unknown>)
      .flatMap((v): unknown[] => (typeof v === 'string' ? [v] : typeof v === 'object' && v ? Object.values(v) : []))
      .filter((v): v is string => typeof v === 'string' && /[\u0600-\u06ff]/.test(v));
    expect(texts.length).toBeGreaterThan(10);
    const advances = (font: Font, text: string) => {
      const buffer = new Buffer();
      buffer.addText(text);
      buffer.guessSegmentProperties();
      shape(font, buffer);
      return buffer.getGlyphPositions().map((p) => p.xAdvance);
    };
    // The browser uses this font only for its unicode-range (spaces, digits come from Noto Sans):
    // shape each run of Arabic letters.
    for (const run of texts.flatMap((t) => t.split(/[^\u0600-\u06ff]+/)).filter(Boolean))
      expect(advances(small, run), run).toEqual(advances(whole, run));
  });
});
