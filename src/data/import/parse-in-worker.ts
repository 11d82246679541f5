import { msg } from './messages';
import type { ImportFile, ImportPreview } from './preview';

/** How long a parse may take before it is stopped (a 5 MB file takes well under a second). */
export const PARSE_TIMEOUT_MS = 60_000;

/** Parses on the main thread (no Worker: unit tests, or a worker that cannot start). */
function parseHere(file: ImportFile): Promise<ImportPreview> {
  return import('./parse-import').then(
    (m) => m.parseImportFile(file),
    () => ({ ok: false, error: msg('parseFailed') }),
  );
}

/**
 * Parses an inventory file in a Web Worker (import.worker.ts) and resolves with its preview.
 * Falls back to the main thread where Worker does not exist. Never rejects: a worker that
 * crashes or takes longer than PARSE_TIMEOUT_MS gives `{ ok: false }` with a message.
 */
export function parseInWorker(file: ImportFile, timeoutMs: number = PARSE_TIMEOUT_MS): Promise<ImportPreview> {
  if (typeof Worker === 'undefined') return parseHere(file);
  let worker: Worker;
  try {
    worker = new Worker(new URL('./import.worker.ts', import.meta.url), { type: 'module' });
  } catch {
    return parseHere(file);
  }
  return new Promise<ImportPreview>((resolve) => {
    const done = (preview: ImportPreview) => {
      clearTimeout(timer);
      worker.terminate();
      resolve(preview);
    };
    const timer = setTimeout(() => done({ ok: false, error: msg('parseTimeout') }), timeoutMs);
    worker.addEventListener('message', (event: MessageEvent<ImportPreview>) => done(event.data));
    worker.addEventListener('messageerror', () => done({ ok: false, error: msg('parseFailed') }));
    worker.addEventListener('error', (event) => {
      event.preventDefault();
      done({ ok: false, error: msg('parseFailed') });
    });
    worker.postMessage({ name: file.name, bytes: file.bytes } satisfies ImportFile);
  });
}
