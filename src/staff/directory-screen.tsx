import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { KioskDatabase, StoredPlace } from '../data/db';
import { exportCsv, exportFileName, exportJson } from '../data/export';
import { CATEGORIES, COMMUNES } from '../data/import/vocabulary';
import { allPlaces, canUndo, inventoryAnswers, inventorySource, saveStaffPlace, type InventorySource } from '../data/inventory-store';
import type { Commune, Place } from '../data/place';
import { loadBuiltInInventory, reopenKioskDatabase } from '../data/places-source';
import { defaultSettings, type KioskSettings } from '../shell/settings';
import { useT } from '../i18n/use-t';
import { BigButton } from '../ui/big-button';
import { NO_FILTERS, filterPlaces, searchTextOf, type DirectoryFilters } from './directory-filter';
import { downloadText } from './download';
import { ImportPanel } from './import-panel';
import { PlaceForm, SelectField } from './place-form';
import { CheckScreen } from './check-screen';
import './staff.css';
import { formatDate } from './format-date';

/** Places listed at first, and added by each "show more". */
const PAGE = 100;

/** The database under the directory: answering, lost (being rebuilt), rebuilt, or not answering at all. */
type Guard = 'ok' | 'lost' | 'rebuilt' | 'failed';

interface Loaded {
  places: StoredPlace[];
  source: InventorySource | undefined;
  undoable: boolean;
}

/**
 * The staff directory (lazy chunk, never imported by the public kiosk): search and filter every
 * place, add or edit one, replace the whole list by a file (checked first, undoable), export it.
 */
export default function DirectoryScreen({
  db: openedDb,
  settings = defaultSettings,
  loadCommunes = async () => (await loadBuiltInInventory()).communes,
  reopen = reopenKioskDatabase,
}: {
  db: KioskDatabase;
  /** Opens the database afresh (rebuilt from the built-in list), putting back the staff's places given. */
  reopen?: (keep: readonly StoredPlace[]) => Promise<KioskDatabase>;
  /** Where the kiosk stands: "Check the places near this kiosk" starts there. */
  settings?: KioskSettings;
  /** The 19 communes with their points (the built-in file's); tests pass their own. */
  loadCommunes?: () => Promise<Commune[]>;
}) {
  const { t, lang } = useT();
  const [data, setData] = useState<Loaded | null>(null);
  const [filters, setFilters] = useState<DirectoryFilters>(NO_FILTERS);
  const [shown, setShown] = useState(PAGE);
  const [editing, setEditing] = useState<{ place?: StoredPlace } | null>(null);
  const [status, setStatus] = useState('');
  const [checking, setChecking] = useState<{ communes: Commune[] } | null>(null);
  const [db, setDb] = useState(openedDb);
  const [guard, setGuard] = useState<Guard>('ok');
  const liveRef = useRef(true);
  const title = useRef<HTMLHeadingElement>(null);
  // The latest database and list, for the callbacks below (kept current once each render is laid out).
  const dbRef = useRef(db);
  const dataRef = useRef(data);
  useLayoutEffect(() => {
    dbRef.current = db;
    dataRef.current = data;
  });
  const recoveringRef = useRef<Promise<KioskDatabase | undefined> | null>(null);

  /**
   * The database closed or vanished under the screen: say so, open it afresh (rebuilt from the
   * built-in list) and put back the staff's own places still on screen. One recovery at a time.
   */
  const recover = useCallback((): Promise<KioskDatabase | undefined> => {
    recoveringRef.current ??= (async () => {
      if (liveRef.current) setGuard('lost');
      try {
        const fresh = await reopen(dataRef.current?.places ?? []);
        if (liveRef.current) {
          dbRef.current = fresh;
          setDb(fresh);
          setGuard('rebuilt');
        }
        return fresh;
      } catch (error) {
        console.warn('Kiosque e-Santé: the inventory database could not be reopened', error);
        if (liveRef.current) setGuard('failed');
        return undefined;
      } finally {
        recoveringRef.current = null;
      }
    })();
    return recoveringRef.current;
  }, [reopen]);

  /** The database to write to, checked just now (open, seeded); rebuilt first when it is not. */
  const ready = useCallback(async (): Promise<KioskDatabase | undefined> => {
    const current = dbRef.current;
    if (!recoveringRef.current && (await inventoryAnswers(current))) return current;
    return recover();
  }, [recover]);

  const refresh = useCallback(async () => {
    try {
      const [places, source, undoable] = await Promise.all([allPlaces(db), inventorySource(db), canUndo(db)]);
      if (liveRef.current) setData({ places, source, undoable });
    } catch {
      // A read that fails: the database is gone or closed. Only the current one is recovered.
      if (dbRef.current === db) await recover();
    }
  }, [db, recover]);

  // Deleted, upgraded elsewhere or closed by the browser: noticed at once, not at the next write.
  useEffect(() => {
    const lost = () => void recover();
    db.on('versionchange', lost);
    db.on('close', lost);
    return () => {
      db.on('versionchange').unsubscribe(lost);
      db.on('close').unsubscribe(lost);
    };
  }, [db, recover]);

  useEffect(() => {
    liveRef.current = true;
    void refresh();
    return () => {
      liveRef.current = false;
    };
  }, [refresh]);

  const serviceName = useCallback((tag: string) => t(`staff:service.${tag}`, { lng: lang, defaultValue: tag }), [t, lang]);
  const searchTexts = useMemo(() => new Map((data?.places ?? []).map((p) => [p.id, searchTextOf(p, serviceName)])), [data, serviceName]);
  const results = useMemo(
    () => filterPlaces(data?.places ?? [], filters, (p) => searchTexts.get(p.id) ?? ''),
    [data, filters, searchTexts],
  );

  const setFilter = (key: keyof DirectoryFilters, value: string) => {
    setFilters((f) => ({ ...f, [key]: value }));
    setShown(PAGE);
  };

  const save = async (place: Place) => {
    const existing = editing?.place;
    try {
      const target = await ready();
      if (!target) throw new Error('storage does not answer');
      await saveStaffPlace(target, place, existing);
    } catch {
      setStatus(t('staff:form.saveFailed'));
      return;
    }
    setEditing(null);
    setStatus(t('staff:form.saved', { name: place.name }));
    await refresh();
    title.current?.focus();
  };

  const exportAs = (kind: 'csv' | 'json') => {
    if (!data) return;
    const name = exportFileName(kind);
    // The BOM makes spreadsheets read the CSV as UTF-8; the import drops it.
    if (kind === 'csv') downloadText(`\uFEFF${exportCsv(data.places)}`, name, 'text/csv;charset=utf-8');
    else downloadText(exportJson(data.places), name, 'application/json');
    setStatus(t('staff:export.done', { name }));
  };

  const openCheck = async () => {
    try {
      const communes = await loadCommunes();
      if (liveRef.current) setChecking({ communes });
    } catch {
      setStatus(t('staff:check.loadFailed'));
    }
  };

  if (data && checking) {
    return (
      <main class="staff">
        <CheckScreen
          db={db}
          places={data.places}
          settings={settings}
          communes={checking.communes}
          onSaved={refresh}
          onBack={() => {
            setChecking(null);
            queueMicrotask(() => title.current?.focus());
          }}
        />
      </main>
    );
  }

  if (data && editing) {
    return (
      <main class="staff">
        <PlaceForm
          place={editing.place}
          takenIds={new Set(data.places.map((p) => p.id))}
          onSave={save}
          onCancel={() => {
            setEditing(null);
            queueMicrotask(() => title.current?.focus());
          }}
        />
      </main>
    );
  }

  const usedServices = [...new Set(data?.places.flatMap((p) => p.services) ?? [])].sort((a, b) =>
    serviceName(a).localeCompare(serviceName(b), lang),
  );
  const usedLanguages = [...new Set(data?.places.flatMap((p) => p.languages) ?? [])].sort();
  const languageName = (code: string) => {
    try {
      return `${new Intl.DisplayNames([lang], { type: 'language' }).of(code) ?? code} (${code})`;
    } catch {
      return code;
    }
  };
  const communeLabel = (fr: string) => {
    const c = COMMUNES.find((x) => x.fr === fr);
    return c && c.nl !== c.fr ? `${c.fr} / ${c.nl}` : fr;
  };

  return (
    <main class="staff" aria-labelledby="staff-title">
      <h1 id="staff-title" tabIndex={-1} ref={title}>
        {t('staff:title')}
      </h1>
      <p>{t('staff:lead')}</p>
      {data?.source && (
        <p class="staff__source">
          {data.source.kind === 'import'
            ? t('staff:source.import', { label: data.source.label, date: formatDate(data.source.at, lang) })
            : t('staff:source.builtin', { label: data.source.label })}
        </p>
      )}
      {guard !== 'ok' && (
        <p role="alert" class={`staff-notice${guard === 'rebuilt' ? '' : ' staff-notice--error'}`}>
          {t('staff:storageGuard.lost')}{' '}
          {guard === 'rebuilt' ? t('staff:storageGuard.rebuilt') : guard === 'failed' ? t('staff:storageGuard.failed') : ''}
        </p>
      )}
      <p role="status" class="staff__status">
        {status}
      </p>
      <div class="staff__actions">
        <BigButton variant="primary" disabled={!data} onPress={() => void openCheck()}>
          {t('staff:check.open')}
        </BigButton>
      </div>

      <section class="staff__section" aria-labelledby="staff-search-title">
        <h2 id="staff-search-title">{t('staff:search.title')}</h2>
        <form role="search" class="staff-search" onSubmit={(e) => e.preventDefault()}>
          <div class="staff-field staff-search__query">
            <label htmlFor="staff-search-query">{t('staff:search.query')}</label>
            <input id="staff-search-query" type="search" value={filters.query} onInput={(e) => setFilter('query', e.currentTarget.value)} />
          </div>
          <fieldset class="staff-search__filters">
            <legend>{t('staff:search.filters')}</legend>
            <SelectField
              name="filter-service"
              label={t('staff:search.service')}
              value={filters.service}
              onChange={(v) => setFilter('service', v)}
              options={[['', t('staff:search.any')], ...usedServices.map((s) => [s, serviceName(s)] as [string, string])]}
            />
            <SelectField
              name="filter-commune"
              label={t('staff:search.commune')}
              value={filters.commune}
              onChange={(v) => setFilter('commune', v)}
              options={[['', t('staff:search.any')], ...COMMUNES.map((c) => [c.fr, communeLabel(c.fr)] as [string, string])]}
            />
            <SelectField
              name="filter-language"
              label={t('staff:search.language')}
              value={filters.language}
              onChange={(v) => setFilter('language', v)}
              options={[['', t('staff:search.any')], ...usedLanguages.map((l) => [l, languageName(l)] as [string, string])]}
            />
            <SelectField
              name="filter-category"
              label={t('staff:search.category')}
              value={filters.category}
              onChange={(v) => setFilter('category', v)}
              options={[['', t('staff:search.any')], ...CATEGORIES.map((c) => [c, t(`staff:category.${c}`)] as [string, string])]}
            />
          </fieldset>
        </form>

        <div class="staff__actions">
          <BigButton variant="primary" disabled={!data} onPress={() => setEditing({})}>
            {t('staff:place.add')}
          </BigButton>
        </div>

        <p role="status" class="staff__count">
          {data ? t('staff:search.count', { count: results.length }) : t('staff:loading')}
        </p>
        {data && (
          <ul class="staff-list" aria-label={t('staff:search.listLabel')}>
            {results.slice(0, shown).map((p) => (
              <li key={p.id} class="staff-place">
                <h3 class="staff-place__name">{p.name}</h3>
                <p class="staff-place__meta">
                  {[
                    t(`staff:category.${p.category}`, { defaultValue: p.category }),
                    p.commune ? communeLabel(p.commune) : t('staff:place.noCommune'),
                    p.publicListing ? '' : t('staff:place.hidden'),
                  ]
                    .filter(Boolean)
                    .join(' · ')}
                </p>
                {(p.streetAddress || p.postalCode) && (
                  <p>{[p.streetAddress, [p.postalCode, p.commune].filter(Boolean).join(' ')].filter(Boolean).join(', ')}</p>
                )}
                {p.services.length > 0 && <p class="staff-place__services">{p.services.map(serviceName).join(', ')}</p>}
                <BigButton
                  variant="secondary"
                  aria-label={t('staff:place.editLabel', { name: p.name })}
                  onPress={() => setEditing({ place: p })}
                >
                  {t('staff:place.edit')}
                </BigButton>
              </li>
            ))}
          </ul>
        )}
        {results.length > shown && (
          <div class="staff__actions">
            <BigButton variant="secondary" onPress={() => setShown((n) => n + PAGE)}>
              {t('staff:search.more')}
            </BigButton>
          </div>
        )}
      </section>

      <ImportPanel db={db} ready={ready} undoable={data?.undoable ?? false} onChanged={refresh} />

      <section class="staff__section" aria-labelledby="staff-export-title">
        <h2 id="staff-export-title">{t('staff:export.title')}</h2>
        <p>{t('staff:export.help')}</p>
        <div class="staff__actions">
          <BigButton variant="secondary" disabled={!data} onPress={() => exportAs('csv')}>
            {t('staff:export.csv')}
          </BigButton>
          <BigButton variant="secondary" disabled={!data} onPress={() => exportAs('json')}>
            {t('staff:export.json')}
          </BigButton>
        </div>
      </section>
    </main>
  );
}
