import type { UsageRow } from './db';

/*
 * The page's side of src/data/storage.worker.ts: the usage recorder's writes, sent to the worker,
 * which opens (and seeds) the kiosk's database on its own thread.
 */

/** What the page asks the storage worker. */
type StorageAsk =
  | { type: 'open' }
  | { type: 'add'; rows: UsageRow[] }
  /** Deletes counters older than the retention period, as of `now` (ms since the epoch). */
  | { type: 'prune'; now: number };

/** A request as sent, numbered so its reply finds it. */
export type StorageRequest = StorageAsk & { id: number };

/** What it answers, once the request is done (or failed). */
export type StorageReply = { id: number; ok: true } | { id: number; ok: false; error: string };

/** Where usage counters are written: the database itself, or the storage worker. */
export interface UsageStore {
  add(rows: readonly UsageRow[]): Promise<void>;
  prune(now: Date): Promise<void>;
}

/** The storage worker as a UsageStore; undefined where the browser has no module workers. */
export function storageWorker(): (UsageStore & { open(): Promise<void> }) | undefined {
  let worker: Worker;
  try {
    if (typeof Worker === 'undefined') return undefined;
    worker = new Worker(new URL('./storage.worker.ts', import.meta.url), { type: 'module', name: 'kiosk-storage' });
  } catch {
    return undefined;
  }
  let next = 0;
  const waiting = new Map<number, { resolve: () => void; reject: (error: Error) => void }>();
  worker.addEventListener('message', (event: MessageEvent<StorageReply>) => {
    const reply = event.data;
    const call = waiting.get(reply.id);
    waiting.delete(reply.id);
    if (reply.ok) call?.resolve();
    else call?.reject(new Error(reply.error));
  });
  // A worker that cannot load or crashes fails every call waiting and every later one.
  let broken: Error | undefined;
  worker.addEventListener('error', (event) => {
    event.preventDefault();
    broken = new Error(`storage worker failed: ${event.message}`);
    for (const call of waiting.values()) call.reject(broken);
    waiting.clear();
  });
  const ask = (request: StorageAsk): Promise<void> =>
    broken
      ? Promise.reject(broken)
      : new Promise<void>((resolve, reject) => {
          const id = ++next;
          waiting.set(id, { resolve, reject });
          worker.postMessage({ ...request, id } satisfies StorageRequest);
        });
  return {
    open: () => ask({ type: 'open' }),
    add: (rows) => ask({ type: 'add', rows: [...rows] }),
    prune: (now) => ask({ type: 'prune', now: now.getTime() }),
  };
}
