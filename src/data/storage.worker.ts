/// <reference lib="webworker" />
/**
 * The kiosk's storage work off the page's thread: opening the database, seeding or upgrading the
 * built-in inventory in it (src/data/rebuild.ts) and writing the usage counters. Dexie and the
 * inventory are loaded here, not in the page, so nothing of it can hold up a person's touch
 * (issue 15: that was ~440 ms of script at 4× CPU on the welcome screen). The page talks to it
 * through src/data/storage-client.ts.
 */
import { openKioskDatabase } from './places-source';
import { addCounts, pruneUsage } from './usage-store';
import type { StorageReply, StorageRequest } from './storage-client';

declare const self: DedicatedWorkerGlobalScope;

async function handle(request: StorageRequest): Promise<void> {
  const db = await openKioskDatabase();
  if (request.type === 'add') await addCounts(db, request.rows);
  else if (request.type === 'prune') await pruneUsage(db, new Date(request.now));
}

self.addEventListener('message', (event: MessageEvent<StorageRequest>) => {
  const request = event.data;
  handle(request).then(
    () => self.postMessage({ id: request.id, ok: true } satisfies StorageReply),
    (error: unknown) => self.postMessage({ id: request.id, ok: false, error: String(error) } satisfies StorageReply),
  );
});
