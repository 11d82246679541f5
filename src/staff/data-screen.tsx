import { useCallback, useEffect, useState } from 'preact/hooks';
import type { KioskDatabase } from '../data/db';
import { applyImport } from '../data/import/apply-import';
import { msg, type Message } from '../data/import/messages';
import { canApply, MAX_FILE_BYTES, type ImportFile, type ImportPreview } from '../data/import/preview';
import { parseInWorker } from '../data/import/parse-in-worker';
import { canUndo, inventorySource, undoLastImport, type InventorySource } from '../data/inventory-store';
import { languages } from '../i18n/languages';
import { useT } from '../i18n/use-t';
import type { KioskSettings } from '../shell/settings';
import { BigButton } from '../ui/big-button';
import { describeMessage } from './describe-message';
import './staff.css';
import './access/staff-area.css';
import { formatDate } from './format-date';

// Replaced at build time by the version in package.json (vite.config.ts `define`).
declare const __APP_VERSION__: string;

/** The app's version (package.json), as built. */
export const APP_VERSION: string = typeof __APP_VERSION__ === 'string' ? __APP_VERSION__ : 'dev';

/** What fetching an inventory from the address in the settings gave. Failures are for staff only. */
export type UpdateResult =
  | { kind: 'done'; count: number }
  | { kind: 'offline' }
  | { kind: 'network' }
  | { kind: 'http'; status: number }
  | { kind: 'invalid'; error: Message }
  | { kind: 'rowErrors'; count: number }
  | { kind: 'applyFailed'; error: Message };

/** What an update needs; tests pass their own. */
export interface UpdateDeps {
  fetch: typeof fetch;
  online: () => boolean;
  parse: (file: ImportFile) => Promise<ImportPreview>;
  now: () => Date;
}

/** Reads a response body, refusing more than `max` bytes (a lying Content-Length included). */
async function readCapped(response: Response, max: number): Promise<Uint8Array | undefined> {
  const declared = Number(response.headers.get('content-length'));
  if (declared > max) return undefined;
  if (!response.body) {
    const bytes = new Uint8Array(await response.arrayBuffer());
    return bytes.length > max ? undefined : bytes;
  }
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.length;
    if (total > max) {
      await reader.cancel();
      return undefined;
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(total);
  let at = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, at);
    at += chunk.length;
  }
  return bytes;
}

/** A file name the import understands, from the address or the content type. */
function fileNameOf(url: URL, contentType: string): string {
  const last = decodeURIComponent(url.pathname.split('/').pop() ?? '');
  if (/\.(json|csv|xlsx)$/iu.test(last)) return last;
  if (/json/iu.test(contentType)) return 'inventory.json';
  if (/csv|text\/plain/iu.test(contentType)) return 'inventory.csv';
  return last || 'inventory';
}

/**
 * Fetches the inventory at `address`, checks it exactly like a file import, and replaces the
 * inventory in one transaction (the previous one kept for undo). Only online; nothing changes
 * unless every row is valid.
 */
export async function updateInventoryFromUrl(db: KioskDatabase, address: string, deps: UpdateDeps): Promise<UpdateResult> {
  if (!deps.online()) return { kind: 'offline' };
  let url: URL;
  try {
    url = new URL(address);
  } catch {
    return { kind: 'network' };
  }
  let response: Response;
  try {
    response = await deps.fetch(url.href, { cache: 'no-store', credentials: 'omit', referrerPolicy: 'no-referrer', redirect: 'follow' });
  } catch {
    return { kind: 'network' };
  }
  if (!response.ok) return { kind: 'http', status: response.status };
  let bytes: Uint8Array | undefined;
  try {
    bytes = await readCapped(response, MAX_FILE_BYTES);
  } catch {
    return { kind: 'network' };
  }
  if (!bytes) return { kind: 'invalid', error: msg('fileTooLarge', { maxMb: MAX_FILE_BYTES / (1024 * 1024) }) };
  const preview = await deps.parse({ name: fileNameOf(url, response.headers.get('content-type') ?? ''), bytes });
  if (!preview.ok) return { kind: 'invalid', error: preview.error };
  if (!canApply(preview)) {
    const withErrors = preview.rows.filter((r) => r.errors.length > 0).length;
    return withErrors > 0 ? { kind: 'rowErrors', count: withErrors } : { kind: 'invalid', error: msg('noRows') };
  }
  const label = `${url.host}${url.pathname}`.slice(0, 200);
  const applied = await applyImport(db, preview, label, deps.now());
  return applied.ok ? { kind: 'done', count: applied.count } : { kind: 'applyFailed', error: applied.error };
}

const browserDeps: UpdateDeps = {
  fetch: (...args) => fetch(...args),
  online: () => navigator.onLine,
  parse: parseInWorker,
  now: () => new Date(),
};

interface StorageFacts {
  persisted: boolean | undefined;
  usage: number | undefined;
  quota: number | undefined;
}

async function storageFacts(): Promise<StorageFacts> {
  const storage = typeof navigator !== 'undefined' ? navigator.storage : undefined;
  const [persisted, estimate] = await Promise.all([
    storage?.persisted ? storage.persisted().catch(() => undefined) : Promise.resolve(undefined),
    storage?.estimate ? storage.estimate().catch(() => undefined) : Promise.resolve(undefined),
  ]);
  return { persisted, usage: estimate?.usage, quota: estimate?.quota };
}

/** Bytes as "12.3 MB" or "1.2 GB" in the staff's language. */
export function formatBytes(bytes: number, lang: string): string {
  const [value, unit] = bytes >= 1e9 ? [bytes / 1e9, 'gigabyte'] : bytes >= 1e6 ? [bytes / 1e6, 'megabyte'] : [bytes / 1e3, 'kilobyte'];
  try {
    return new Intl.NumberFormat(lang, { style: 'unit', unit, maximumFractionDigits: 1 }).format(value);
  } catch {
    return `${value.toFixed(1)} ${unit}`;
  }
}

/**
 * Data and updates, for staff: the app version, where the inventory came from, whether the
 * browser keeps the kiosk's data, the space used, who reviewed each language, and an optional
 * inventory update from the address in the settings.
 */
export default function DataScreen({
  db,
  settings,
  deps = browserDeps,
}: {
  db: KioskDatabase | undefined;
  settings: KioskSettings;
  deps?: UpdateDeps;
}) {
  const { t, lang } = useT();
  const [source, setSource] = useState<InventorySource | undefined | null>(null);
  // No database at all (IndexedDB unavailable), or one whose reads fail: storage does not answer.
  const [storageDown, setStorageDown] = useState(false);
  const [undoable, setUndoable] = useState(false);
  const [facts, setFacts] = useState<StorageFacts | null>(null);
  const [persistStatus, setPersistStatus] = useState('');
  const [updateStatus, setUpdateStatus] = useState('');
  const [busy, setBusy] = useState(false);
  const [online, setOnline] = useState(() => deps.online());

  const refresh = useCallback(async () => {
    if (db) {
      try {
        const [s, u] = await Promise.all([inventorySource(db), canUndo(db)]);
        setSource(s);
        setUndoable(u);
        setStorageDown(false);
      } catch {
        setSource(undefined);
        setUndoable(false);
        setStorageDown(true);
      }
    } else {
      setSource(undefined);
      setStorageDown(true);
    }
    setFacts(await storageFacts());
  }, [db]);

  useEffect(() => void refresh(), [refresh]);
  useEffect(() => {
    const on = () => setOnline(deps.online());
    window.addEventListener('online', on);
    window.addEventListener('offline', on);
    return () => {
      window.removeEventListener('online', on);
      window.removeEventListener('offline', on);
    };
  }, [deps]);

  const askPersist = async () => {
    const granted = await navigator.storage?.persist?.().catch(() => false);
    setPersistStatus(granted ? t('staff:data.storage.granted') : t('staff:data.storage.refused'));
    setFacts(await storageFacts());
  };

  const update = async () => {
    if (!db || !settings.inventoryUrl || busy) return;
    setBusy(true);
    setUpdateStatus(t('staff:data.update.fetching'));
    const result = await updateInventoryFromUrl(db, settings.inventoryUrl, deps);
    setBusy(false);
    setUpdateStatus(describeUpdate(result));
    await refresh();
  };

  const describeUpdate = (result: UpdateResult): string => {
    switch (result.kind) {
      case 'done':
        return t('staff:data.update.done', { count: result.count });
      case 'offline':
        return t('staff:data.update.offline');
      case 'network':
        return t('staff:data.update.networkError');
      case 'http':
        return t('staff:data.update.httpError', { status: result.status });
      case 'invalid':
      case 'applyFailed':
        return `${t('staff:data.update.invalid')} ${describeMessage(t, result.error)}`;
      case 'rowErrors':
        return t('staff:data.update.rowErrors', { count: result.count });
    }
  };

  const undo = async () => {
    if (!db || busy) return;
    setBusy(true);
    await undoLastImport(db);
    setBusy(false);
    setUpdateStatus(t('staff:data.update.undone'));
    await refresh();
  };

  return (
    <main id="main" class="staff" aria-labelledby="staff-data-title">
      <h1 id="staff-data-title" tabIndex={-1}>
        {t('staff:data.title')}
      </h1>

      <section class="staff__section" aria-labelledby="staff-data-kiosk">
        <h2 id="staff-data-kiosk">{t('staff:data.kiosk.title')}</h2>
        <dl class="staff-facts">
          <dt>{t('staff:data.kiosk.version')}</dt>
          <dd data-testid="app-version">{APP_VERSION}</dd>
          <dt>{t('staff:data.kiosk.inventory')}</dt>
          <dd>
            {source === null
              ? t('staff:loading')
              : storageDown
                ? t('staff:storageGuard.noStorage')
                : source === undefined
                  ? t('staff:data.kiosk.noInventory')
                  : source.kind === 'import'
                    ? t('staff:source.import', { label: source.label, date: formatDate(source.at, lang) })
                    : t('staff:source.builtin', { label: source.label })}
          </dd>
        </dl>
      </section>

      <section class="staff__section" aria-labelledby="staff-data-storage">
        <h2 id="staff-data-storage">{t('staff:data.storage.title')}</h2>
        <p>
          {facts === null
            ? t('staff:loading')
            : facts.persisted === true
              ? t('staff:data.storage.persisted')
              : facts.persisted === false
                ? t('staff:data.storage.notPersisted')
                : t('staff:data.storage.unknown')}
        </p>
        <p>
          {facts?.usage !== undefined && facts.quota !== undefined
            ? t('staff:data.storage.used', { used: formatBytes(facts.usage, lang), quota: formatBytes(facts.quota, lang) })
            : facts
              ? t('staff:data.storage.usedUnknown')
              : ''}
        </p>
        {facts?.persisted === false && (
          <div class="staff__actions">
            <BigButton variant="secondary" onPress={() => void askPersist()}>
              {t('staff:data.storage.ask')}
            </BigButton>
          </div>
        )}
        <p role="status" class="staff__status">
          {persistStatus}
        </p>
      </section>

      <section class="staff__section" aria-labelledby="staff-data-update">
        <h2 id="staff-data-update">{t('staff:data.update.title')}</h2>
        {settings.inventoryUrl ? (
          <>
            <p>
              {t('staff:data.update.from')} <span class="staff-place__name">{settings.inventoryUrl}</span>
            </p>
            {!online && <p>{t('staff:data.update.offline')}</p>}
          </>
        ) : (
          <p>{t('staff:data.update.noUrl')}</p>
        )}
        <div class="staff__actions">
          <BigButton variant="primary" disabled={!settings.inventoryUrl || !online || busy || !db} onPress={() => void update()}>
            {t('staff:data.update.button')}
          </BigButton>
          <BigButton variant="secondary" disabled={!undoable || busy || !db} onPress={() => void undo()}>
            {t('staff:data.update.undo')}
          </BigButton>
        </div>
        <p role="status" class="staff__status">
          {updateStatus}
        </p>
      </section>

      <section class="staff__section" aria-labelledby="staff-data-languages">
        <h2 id="staff-data-languages">{t('staff:data.languages.title')}</h2>
        <div class="staff-table-wrap">
          <table class="staff-table">
            <caption>{t('staff:data.languages.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('staff:data.languages.language')}</th>
                <th scope="col">{t('staff:data.languages.offered')}</th>
                <th scope="col">{t('staff:languageStatus.column')}</th>
                <th scope="col">{t('staff:data.languages.review')}</th>
              </tr>
            </thead>
            <tbody>
              {languages.map((l) => (
                <tr key={l.code}>
                  <th scope="row" lang={l.code} dir={l.dir}>
                    {l.name}
                  </th>
                  <td>{settings.languagesOffered.includes(l.code) ? t('staff:data.languages.yes') : t('staff:data.languages.no')}</td>
                  {/* A partial language (locales/languages.json) shows its missing texts in French. */}
                  <td>{l.status === 'partial' ? t('staff:languageStatus.partial') : t('staff:languageStatus.complete')}</td>
                  {/* The review notes are written in English in locales/languages.json. */}
                  <td lang="en">{l.review}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>
    </main>
  );
}
