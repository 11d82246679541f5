import { afterEach, describe, expect, it, vi } from 'vitest';
import { parseImportFile, type ImportFile } from './parse-import';
import { parseInWorker } from './parse-in-worker';

const file: ImportFile = { name: 'a.csv', bytes: new TextEncoder().encode('name,category\r\nA,health\r\n') };

type Behaviour = 'answer' | 'crash' | 'silent' | 'throw-on-create';

/** A stand-in for the browser's Worker that speaks the same protocol as import.worker.ts. */
function fakeWorker(behaviour: Behaviour) {
  const created: { url: string; options: WorkerOptions | undefined; terminated: boolean }[] = [];
  class FakeWorker extends EventTarget {
    private readonly record: (typeof created)[number];
    constructor(url: URL | string, options?: WorkerOptions) {
      super();
      if (behaviour === 'throw-on-create') throw new Error('SecurityError');
      this.record = { url: String(url), options, terminated: false };
      created.push(this.record);
    }
    postMessage(data: ImportFile) {
      if (behaviour === 'answer') void parseImportFile(data).then((preview) => this.dispatchEvent(new MessageEvent('message', { data: preview })));
      if (behaviour === 'crash') setTimeout(() => this.dispatchEvent(new Event('error', { cancelable: true })), 0);
    }
    terminate() {
      this.record.terminated = true;
    }
  }
  vi.stubGlobal('Worker', FakeWorker);
  return created;
}

afterEach(() => {
  vi.unstubAllGlobals();
  vi.useRealTimers();
});

describe('parseInWorker', () => {
  it('says so plainly where the browser has no Worker', async () => {
    expect(typeof Worker).toBe('undefined');
    expect(await parseInWorker(file)).toEqual({ ok: false, error: { code: 'workerUnavailable' } });
  });

  it('sends the file to a module worker, returns its answer and stops the worker', async () => {
    const created = fakeWorker('answer');
    const preview = await parseInWorker(file);
    expect(preview.ok && preview.places.map((p) => p.name)).toEqual(['A']);
    expect(created).toHaveLength(1);
    expect(created[0]!.url).toMatch(/import\.worker\.ts/u);
    expect(created[0]!.options).toEqual({ type: 'module' });
    expect(created[0]!.terminated).toBe(true);
  });

  it('turns a crashed worker into a message', async () => {
    const created = fakeWorker('crash');
    expect(await parseInWorker(file)).toEqual({ ok: false, error: { code: 'parseFailed' } });
    expect(created[0]!.terminated).toBe(true);
  });

  it('stops a worker that takes too long', async () => {
    vi.useFakeTimers();
    const created = fakeWorker('silent');
    const pending = parseInWorker(file, 1000);
    await vi.advanceTimersByTimeAsync(1000);
    expect(await pending).toEqual({ ok: false, error: { code: 'parseTimeout' } });
    expect(created[0]!.terminated).toBe(true);
  });

  it('says so plainly when a worker cannot be created', async () => {
    fakeWorker('throw-on-create');
    expect(await parseInWorker(file)).toEqual({ ok: false, error: { code: 'workerUnavailable' } });
  });
});
