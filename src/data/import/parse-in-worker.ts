import { msg } from './messages';
import type { ImportFile, ImportPreview } from './preview';

/** How long a parse may take before it is stopped (a 5 MB file takes well under a second). */
export const PARSE_TIMEOUT_MS = 60_000;

/**
 * Parses an inventory file in a Web Worker (import.worker.ts) and resolves with its preview.
 * Never rejects: a browser without workers, a worker that crashes or takes longer than
 * PARSE_TIMEOUT_MS gives `{ ok: false }` with a message for staff.
 * There is no second copy of the parser for the page itself: the worker already carries it, and
 * a copy would add 27 kB gzip to the precache of every kiosk for browsers the kiosk does not run on.
 */
export function parseInWorker(file: ImportFile, timeoutMs: number = PARSE_TIMEOUT_MS): Promise<ImportPreview> {
  let worker: Worker;
  try {
    if (typeof Worker === 'undefined') throw new Error('no Worker');
    worker = new Worker(new URL('./import.worker.ts', import.meta.url), { type: 'module' });
  } catch {
    return Promise.resolve({ ok: false, error: msg('workerUnavailable') });
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
