import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { auditClips, stringsOf } from './clip-audit';
import { clipLanguages } from '../../scripts/content-plugins';
import { BUILT_CLIP_LANGUAGES, CLIP_KEY_LENGTH, clipKey, createClipSource, normaliseClipText, type ClipManifest } from './clips';

/** A path from the repository root (plain strings: happy-dom replaces the URL class). */
const repo = (...parts: string[]) => join(dirname(fileURLToPath(import.meta.url)), '..', '..', ...parts);

describe('clip keys', () => {
  it('hash the NFC, white-space-collapsed text: SHA-256 hex, first 16 digits', async () => {
    expect(normaliseClipText('  Vous  décidez.\n')).toBe('Vous décidez.');
    const key = await clipKey('Vous décidez.');
    expect(key).toMatch(new RegExp(`^[0-9a-f]{${CLIP_KEY_LENGTH}}$`));
    // sha256("Vous décidez.") computed independently (node:crypto) — the format is a contract.
    const { createHash } = await import('node:crypto');
    expect(key).toBe(createHash('sha256').update('Vous décidez.', 'utf8').digest('hex').slice(0, 16));
    expect(await clipKey('Vous de\u0301cidez.   ')).toBe(key);
    expect(await clipKey('Vous décidez !')).not.toBe(key);
  });
});

describe('clip audit', () => {
  it('lists stale clips (their text changed), hand-edited keys, missing files and orphan files', async () => {
    const kept = 'Vous décidez.';
    const changed = 'Votre dossier est à vous.'; // the text on screen is now "Votre dossier vous appartient."
    const manifest: ClipManifest = {
      version: 1,
      clips: {
        [await clipKey(kept)]: { file: 'kept.opus', text: kept },
        [await clipKey(changed)]: { file: 'changed.opus', text: changed },
        [await clipKey('Qui peut le voir ?')]: { file: 'edited.opus', text: 'Qui peut le consulter ?' },
        [await clipKey('Gone.')]: 'gone.opus',
      },
    };
    const audit = await auditClips({
      manifest,
      files: ['kept.opus', 'changed.opus', 'edited.opus', 'stray.ogg', 'manifest.json', 'notes.txt'],
      texts: ['Votre dossier vous appartient. Vous décidez.', 'Qui peut le voir ?'],
    });
    expect(audit.stale.map((s) => s.file)).toEqual(['changed.opus', 'gone.opus']);
    expect(audit.stale[0]?.text).toBe(changed);
    expect(audit.mismatched.map((m) => m.file)).toEqual(['edited.opus']);
    expect(audit.missing.map((m) => m.file)).toEqual(['gone.opus']);
    expect(audit.orphans).toEqual(['stray.ogg']);
  });

  it('the clips shipped in public/audio/ match the current texts of locales/', async () => {
    const audioRoot = repo('public', 'audio');
    const problems: string[] = [];
    for (const lang of existsSync(audioRoot) ? readdirSync(audioRoot) : []) {
      const folder = join(audioRoot, lang);
      const files = readdirSync(folder);
      if (!files.includes('manifest.json')) {
        problems.push(`public/audio/${lang}/ has no manifest.json`);
        continue;
      }
      const manifest = JSON.parse(readFileSync(join(folder, 'manifest.json'), 'utf8')) as ClipManifest;
      const localeDir = repo('locales', lang);
      const texts = existsSync(localeDir)
        ? readdirSync(localeDir)
            .filter((f) => f.endsWith('.json'))
            .flatMap((f) => stringsOf(JSON.parse(readFileSync(join(localeDir, f), 'utf8'))))
        : [];
      const audit = await auditClips({ manifest, files, texts });
      for (const s of audit.stale)
        problems.push(`stale: public/audio/${lang}/${s.file} (${s.key}${s.text ? `, recorded "${s.text}"` : ''}) matches no current text`);
      for (const m of audit.mismatched)
        problems.push(`mismatched: public/audio/${lang}/${m.file} is keyed ${m.key} but its text hashes to ${m.expected}`);
      for (const m of audit.missing) problems.push(`missing: public/audio/${lang}/${m.file} is in the manifest but not in the folder`);
      for (const o of audit.orphans) problems.push(`orphan: public/audio/${lang}/${o} is in no manifest entry`);
    }
    expect(problems).toEqual([]);
  });

  it('a language without a clip manifest has no clips and asks nothing of the network (a new language needs no file in public/audio/)', async () => {
    expect(BUILT_CLIP_LANGUAGES).toEqual(clipLanguages(repo()));
    const asked: string[] = [];
    const fetch = (url: string) => {
      asked.push(url);
      return Promise.resolve(Response.json({ version: 1, clips: {} }));
    };
    const clips = createClipSource({ fetch: fetch as unknown as typeof globalThis.fetch, languages: ['fr'] })!;
    expect(await clips.find('Guten Tag.', 'de')).toBeUndefined();
    expect(asked).toEqual([]);
    await clips.find('Bonjour.', 'fr');
    expect(asked).toEqual(['/audio/fr/manifest.json']);
  });
});
