import { clipKey, entryOf, normaliseClipText, type ClipManifest } from './clips';
import { splitSentences } from './sentences';

/** What is wrong with the clips of one language. */
export interface ClipAudit {
  /** Entries whose key is no text of the app any more: the text changed or went away. */
  stale: { key: string; file: string; text?: string | undefined }[];
  /** Entries whose recorded `text` does not hash to their key (edited by hand). */
  mismatched: { key: string; file: string; text: string; expected: string }[];
  /** Entries whose file is not in the folder. */
  missing: { key: string; file: string }[];
  /** Audio files in the folder that no entry names. */
  orphans: string[];
}

/** Audio file extensions a clip folder may hold. */
export const CLIP_EXTENSIONS = ['opus', 'ogg', 'oga', 'mp3', 'm4a', 'wav', 'webm'];

/**
 * Checks one language's manifest against the files of its folder and the texts the app can
 * show in that language (each text and each of its sentences, as the reader looks them up).
 */
export async function auditClips(input: {
  manifest: ClipManifest;
  files: readonly string[];
  texts: readonly string[];
}): Promise<ClipAudit> {
  const current = new Set<string>();
  for (const text of input.texts) {
    for (const piece of [text, ...splitSentences(text)]) {
      if (normaliseClipText(piece)) current.add(await clipKey(piece));
    }
  }
  const audit: ClipAudit = { stale: [], mismatched: [], missing: [], orphans: [] };
  const named = new Set<string>();
  for (const [rawKey, value] of Object.entries(input.manifest.clips ?? {})) {
    const key = rawKey.toLowerCase();
    const { file, text } = entryOf(value);
    named.add(file);
    if (!input.files.includes(file)) audit.missing.push({ key, file });
    if (text !== undefined) {
      const expected = await clipKey(text);
      if (expected !== key) audit.mismatched.push({ key, file, text, expected });
    }
    if (!current.has(key)) audit.stale.push({ key, file, text });
  }
  const isAudio = (file: string) => CLIP_EXTENSIONS.includes(file.split('.').pop()?.toLowerCase() ?? '');
  audit.orphans = input.files.filter((file) => isAudio(file) && !named.has(file)).sort();
  return audit;
}

/** Every string of a locale tree (locales/<lang>/*.json), depth first. */
export function stringsOf(tree: unknown): string[] {
  if (typeof tree === 'string') return [tree];
  if (Array.isArray(tree)) return tree.flatMap(stringsOf);
  if (tree && typeof tree === 'object') return Object.values(tree).flatMap(stringsOf);
  return [];
}
