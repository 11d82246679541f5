import { vi } from 'vitest';
import { parseImportFile } from './parse-import';
import type { ImportFile } from './preview';

/**
 * For unit tests (happy-dom has no Worker): a stand-in for the import worker that runs the same
 * parser on this thread and answers with the same protocol as import.worker.ts. The real worker
 * runs in the end-to-end tests.
 */
export function useInProcessImportWorker(): void {
  class InProcessImportWorker extends EventTarget {
    constructor(url: URL | string) {
      super();
      if (!String(url).includes('import.worker')) throw new Error(`no stand-in for ${String(url)}`);
    }
    postMessage(data: ImportFile) {
      void parseImportFile(data).then((preview) => this.dispatchEvent(new MessageEvent('message', { data: preview })));
    }
    terminate() {}
  }
  vi.stubGlobal('Worker', InProcessImportWorker);
}
