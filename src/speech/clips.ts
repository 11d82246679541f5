/**
 * Recorded clips: human (or pre-rendered) recordings of sentences, per language.
 *
 * `public/audio/<lang>/manifest.json` maps the clip key of a sentence to its file in the same
 * folder. The key of a text is the first 16 hex digits of the SHA-256 of its normalised form
 * (`normaliseClipText`: Unicode NFC, every run of white space made one space, trimmed). A clip
 * is looked up per sentence as `splitSentences` cuts the screen text, so one recording is one
 * sentence. When a text is edited its key changes and its old clip is simply no longer found
 * (the audit in clip-audit.ts lists such stale clips).
 *
 * ```json
 * { "version": 1,
 *   "clips": { "2b7e1f0c9a4d3e55": { "file": "consent-01.opus", "text": "Vous décidez." } } }
 * ```
 * An entry may also be just the file name (`"2b7e1f0c9a4d3e55": "consent-01.opus"`); `text`
 * is what was recorded, kept so the audit can say which sentence a stale clip was.
 */

/** One manifest entry, normalised. */
export interface ClipEntry {
  file: string;
  text?: string | undefined;
}

/** The content of a public/audio/<lang>/manifest.json. */
export interface ClipManifest {
  version?: number;
  clips: Record<string, string | ClipEntry>;
}

/** Length of a clip key in hex digits (64 bits of the SHA-256). */
export const CLIP_KEY_LENGTH = 16;

/** The form of a text that is hashed: NFC, white space collapsed to single spaces, trimmed. */
export function normaliseClipText(text: string): string {
  return text.normalize('NFC').replace(/\s+/gu, ' ').trim();
}

/** The clip key of a text: SHA-256 (hex) of its normalised UTF-8 form, first 16 digits. */
export async function clipKey(text: string, subtle: SubtleCrypto = globalThis.crypto.subtle): Promise<string> {
  const digest = await subtle.digest('SHA-256', new TextEncoder().encode(normaliseClipText(text)));
  let hex = '';
  for (const byte of new Uint8Array(digest)) hex += byte.toString(16).padStart(2, '0');
  return hex.slice(0, CLIP_KEY_LENGTH);
}

/** An entry as `{ file, text? }`, whichever way the manifest wrote it. */
export function entryOf(value: string | ClipEntry): ClipEntry {
  return typeof value === 'string' ? { file: value } : value;
}

/** Where the clips of one language are found. */
export interface ClipSource {
  /** The audio bytes of the clip recorded for `sentence` in `lang`, or undefined when none. */
  find(sentence: string, lang: string): Promise<ArrayBuffer | undefined>;
}

/** The language part of a tag: "fr-BE" → "fr". */
export function baseLanguage(lang: string): string {
  return (lang.toLowerCase().split(/[-_]/)[0] ?? '').replace(/[^a-z]/g, '');
}

/** Languages with a public/audio/<lang>/manifest.json, found at build time (vite.config.ts). */
declare const __CLIP_LANGUAGES__: string[] | undefined;

/** The languages the build found clip manifests for; undefined outside a Vite build (ask every language). */
export const BUILT_CLIP_LANGUAGES: readonly string[] | undefined =
  typeof __CLIP_LANGUAGES__ === 'object' && Array.isArray(__CLIP_LANGUAGES__) ? __CLIP_LANGUAGES__ : undefined;

/**
 * Clips served under `<base>audio/<lang>/` (public/audio/ in the repository, precached by the
 * service worker). Manifests are fetched once per language, and only for the languages that have
 * one (`languages`, by default those the build found): a language without a manifest has no
 * clips and asks nothing of the network. A broken manifest also means "no clips", never an error.
 * Returns undefined when the page has no fetch or no Web Crypto.
 */
export function createClipSource(
  options: { base?: string; fetch?: typeof globalThis.fetch; subtle?: SubtleCrypto; languages?: readonly string[] | undefined } = {},
): ClipSource | undefined {
  const doFetch = options.fetch ?? globalThis.fetch?.bind(globalThis);
  const subtle = options.subtle ?? globalThis.crypto?.subtle;
  if (!doFetch || !subtle) return undefined;
  const base = options.base ?? '/';
  const withClips = options.languages ?? BUILT_CLIP_LANGUAGES;
  const manifests = new Map<string, Promise<Map<string, string>>>();

  const manifestOf = (lang: string) => {
    let manifest = manifests.get(lang);
    if (!manifest) {
      manifest = loadManifest(doFetch, `${base}audio/${lang}/manifest.json`);
      manifests.set(lang, manifest);
    }
    return manifest;
  };

  return {
    async find(sentence, lang) {
      const folder = baseLanguage(lang);
      if (!folder || (withClips && !withClips.includes(folder))) return undefined;
      const files = await manifestOf(folder);
      if (files.size === 0) return undefined;
      const file = files.get(await clipKey(sentence, subtle));
      if (!file) return undefined;
      try {
        const response = await doFetch(`${base}audio/${folder}/${encodeURIComponent(file)}`);
        if (!response.ok) return undefined;
        return await response.arrayBuffer();
      } catch {
        return undefined;
      }
    },
  };
}

/** key → file name; empty when the manifest is missing or not a manifest. */
async function loadManifest(doFetch: typeof globalThis.fetch, url: string): Promise<Map<string, string>> {
  const files = new Map<string, string>();
  try {
    const response = await doFetch(url);
    if (!response.ok) return files;
    const manifest = (await response.json()) as Partial<ClipManifest> | null;
    for (const [key, value] of Object.entries(manifest?.clips ?? {})) {
      const { file } = entryOf(value);
      if (typeof file === 'string' && file && !file.includes('/')) files.set(key.toLowerCase(), file);
    }
  } catch {
    // Offline and not precached, or a static server answering index.html: no clips.
  }
  return files;
}
