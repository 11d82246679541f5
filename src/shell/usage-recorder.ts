import { flows } from '../../flows/registry';
import languagesFile from '../../locales/languages.json';
import { needs } from '../help/needs';
import { storageWorker, type UsageStore } from '../data/storage-client';
import { setUsageSink, type UsageEvent } from './usage';
import type { KioskDatabase, UsageRow } from '../data/db';
import { MIN_SESSIONS, addCounts, dayOf, isDetail, pruneUsage } from '../data/usage-store';

/*
 * The usage recorder (N15): turns each anonymous usage event of the public kiosk
 * (src/shell/usage.ts) into +1 on a daily counter in IndexedDB. The counter grammar is in
 * usage-store.ts. Every field of an event is checked against an allow-list; anything else is
 * dropped. Counts wait in memory (counters, never a list of events) and are written at the end of
 * a session (before the reset wipes it), when the page goes, and otherwise a few seconds later
 * at an idle moment; on the kiosk the writes go to a worker (src/data/storage.worker.ts), which
 * opens and seeds the database on its own thread, so the public screens never wait on storage.
 *
 * The k rule (issue 16): only the plain session count is written at once. A session's details
 * (language, topics, steps, finder, slips, how it ended…) are added to an in-memory batch —
 * counters only, no sessions told apart — and the batch is written to the day's totals only
 * once MIN_SESSIONS sessions have ended into it. Until then nothing of those details is in
 * storage: a reload, a restart or a power cut loses them (at most 4 sessions' details), an
 * accepted price for never storing what one person did.
 */

/** Topic ids: the topics on the home screen (flows/registry.ts). */
const TOPICS = new Set(flows.map((f) => f.id));

/** Step names of each topic, from its flow. */
const STEPS = new Map(flows.map((f) => [f.id, new Set(Object.keys(f.states))]));

/** Language codes the kiosk has (locales/languages.json). */
const LANGUAGES = new Set(languagesFile.languages.map((l) => l.code));

/** Finder filters: the needs (src/help/needs.ts) and "open now". */
const FILTERS = new Set([...needs.map((n) => n.id), 'open-now']);

const SESSION_END_REASONS = new Set(['stop', 'idle']);

function field(event: Record<string, unknown>, name: string): string | undefined {
  const value = event[name];
  return typeof value === 'string' ? value : undefined;
}

const topicOf = (event: Record<string, unknown>) => {
  const topic = field(event, 'topic');
  return topic !== undefined && TOPICS.has(topic) ? topic : undefined;
};

const stepOf = (event: Record<string, unknown>, topic: string) => {
  const step = field(event, 'step');
  return step !== undefined && STEPS.get(topic)?.has(step) ? step : undefined;
};

/**
 * The counter an event adds to, or undefined when the event is not one the kiosk counts or a
 * field is not on its allow-list. Only the allowed fields are read; any other field is ignored.
 */
export function metricOf(input: unknown): string | undefined {
  if (typeof input !== 'object' || input === null) return undefined;
  const event = input as Record<string, unknown>;
  switch (event['type']) {
    case 'session-start':
      return 'session';
    case 'session-end': {
      const reason = field(event, 'reason');
      return reason !== undefined && SESSION_END_REASONS.has(reason) ? `session-end:${reason}` : undefined;
    }
    case 'language': {
      const lang = field(event, 'lang');
      return lang !== undefined && LANGUAGES.has(lang) ? `language:${lang}` : undefined;
    }
    case 'topic-start':
    case 'topic-finish': {
      const topic = topicOf(event);
      return topic && `${event['type']}:${topic}`;
    }
    case 'topic-abandon':
    case 'teach-back-retry': {
      const topic = topicOf(event);
      const step = topic && stepOf(event, topic);
      return topic && step ? `${event['type']}:${topic}:${step}` : undefined;
    }
    case 'finder-open':
      return 'finder-open';
    case 'finder-filter': {
      const filter = field(event, 'filter');
      return filter !== undefined && FILTERS.has(filter) ? `finder-filter:${filter}` : undefined;
    }
    case 'slip-printed':
      return 'slip-printed';
    case 'error':
      return 'error';
    default:
      return undefined;
  }
}

/** A running recorder. */
export interface UsageRecorder {
  /** Writes the counts waiting in memory now (resolves when written, or dropped on a storage error). */
  flush(): Promise<void>;
  /** Disconnects from the usage events, writes what waits (never a batch of fewer than MIN_SESSIONS sessions), stops the timers. */
  stop(): Promise<void>;
}

export interface UsageRecorderOptions {
  /** The clock (tests pass their own). */
  now?: () => Date;
  /** How long counts wait in memory before they are written (at the next idle moment), in ms (default 5 s). */
  flushMs?: number;
  /** How often old counters are deleted, in ms (default: daily; also once at start). */
  pruneMs?: number;
  /** Where `pagehide` is listened to, to write what waits before the page goes (default: window). */
  target?: Pick<Window, 'addEventListener' | 'removeEventListener'> | undefined;
}

/** Counts wait this long in memory before they are written. */
export const FLUSH_MS = 5_000;
/** Old counters are deleted at start and then this often. */
export const PRUNE_MS = 24 * 60 * 60 * 1000;

/** A database as a UsageStore (its `dailyUsage` table). */
const databaseStore = (db: KioskDatabase): UsageStore => ({
  add: (rows) => addCounts(db, rows),
  prune: async (now) => void (await pruneUsage(db, now)),
});

/** Runs `fn` when the browser is idle (soon anyway), so a write is never queued in front of a touch. */
const whenIdle = (fn: () => void): void => {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(fn, { timeout: 2000 });
  else setTimeout(fn, 0);
};

/**
 * Starts counting the kiosk's usage events into `store` (a database's `dailyUsage` table, or the
 * storage worker): connects to src/shell/usage.ts (events emitted before are handed over),
 * deletes counters older than 13 months now and daily.
 */
export function startUsageRecorder(store: KioskDatabase | UsageStore, options: UsageRecorderOptions = {}): UsageRecorder {
  // Duck-typed, not `instanceof`: the page must not load Dexie to count (the worker does).
  const counters = 'dailyUsage' in store ? databaseStore(store) : store;
  const now = options.now ?? (() => new Date());
  const flushMs = options.flushMs ?? FLUSH_MS;
  const target = options.target ?? (typeof window === 'undefined' ? undefined : window);
  /** Counters ready to be written (session counts, and released batches), by "day metric". */
  const pending = new Map<string, UsageRow>();
  /** Details of the sessions not yet released: metric → count, never written while < MIN_SESSIONS sessions. */
  const batch = new Map<string, number>();
  /** Sessions that ended into the batch. */
  let batchSessions = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let writing: Promise<void> = Promise.resolve();
  let warned = false;

  const warn = (what: string, error: unknown) => {
    if (warned) return;
    warned = true;
    console.warn(`Kiosque e-Santé: usage counts ${what} failed`, error);
  };

  const flush = (): Promise<void> => {
    if (timer !== undefined) clearTimeout(timer);
    timer = undefined;
    if (pending.size === 0) return writing;
    const batch = [...pending.values()];
    pending.clear();
    // One write at a time, in order; a failed write is dropped (counts are best effort).
    writing = writing.then(() => counters.add(batch)).catch((error: unknown) => warn('write', error));
    return writing;
  };

  const addPending = (day: string, metric: string, count: number) => {
    const key = `${day} ${metric}`;
    const row = pending.get(key);
    if (row) row.count += count;
    else pending.set(key, { day, metric, count });
  };

  const record = (event: UsageEvent) => {
    const metric = metricOf(event);
    if (!metric) return;
    if (!isDetail(metric)) {
      addPending(dayOf(now()), metric, 1);
      timer ??= setTimeout(() => whenIdle(() => void flush()), flushMs);
      return;
    }
    batch.set(metric, (batch.get(metric) ?? 0) + 1);
    if (event.type !== 'session-end') return;
    batchSessions += 1;
    if (batchSessions >= MIN_SESSIONS) {
      // Released to the day it is released on (a batch that spans midnight counts on the later day).
      const day = dayOf(now());
      for (const [m, count] of batch) addPending(day, m, count);
      batch.clear();
      batchSessions = 0;
    }
    void flush();
  };

  const prune = () => {
    writing = writing
      .then(() => counters.prune(now()))
      .then(
        () => undefined,
        (error: unknown) => warn('clean-up', error),
      );
  };

  const onPageHide = () => void flush();

  prune();
  const pruneTimer = setInterval(prune, options.pruneMs ?? PRUNE_MS);
  target?.addEventListener('pagehide', onPageHide);
  setUsageSink(record);

  return {
    flush,
    async stop() {
      setUsageSink(undefined);
      clearInterval(pruneTimer);
      target?.removeEventListener('pagehide', onPageHide);
      await flush();
    },
  };
}

/**
 * Starts the recorder for the kiosk. Called by src/main.tsx after the first screen, when the
 * browser is idle. Nothing heavy happens here: counts wait in memory, and the database is opened
 * (and the built-in inventory seeded) by the storage worker, off the page's thread. Without module
 * workers, the page opens the database itself at the first write. When storage is unavailable
 * the kiosk goes on without counting (a warning in the console, nothing on screen).
 */
export async function startKioskUsageRecorder(): Promise<UsageRecorder | undefined> {
  try {
    // Without workers (not the kiosk's Chromium), the page opens the database itself, when first written to.
    const open = async () => (await import('../data/places-source')).openKioskDatabase();
    const store: UsageStore = storageWorker() ?? {
      add: async (rows) => addCounts(await open(), rows),
      prune: async (now) => void (await pruneUsage(await open(), now)),
    };
    return Promise.resolve(startUsageRecorder(store));
  } catch (error) {
    console.warn('Kiosque e-Santé: usage counts unavailable', error);
    return undefined;
  }
}
