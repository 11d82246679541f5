import { useEffect, useRef, useState } from 'preact/hooks';
import type { KioskDatabase } from '../data/db';
import { applyImport } from '../data/import/apply-import';
import { applyMerge, mergePlaces, type MergeCounts } from '../data/import/merge-import';
import { msg } from '../data/import/messages';
import { MAX_FILE_BYTES, MAX_ROWS, canApply, type ImportPreview, type RowReport } from '../data/import/preview';
import { parseInWorker } from '../data/import/parse-in-worker';
import { allPlaces, canUndo, undoLastImport } from '../data/inventory-store';
import { useT } from '../i18n/use-t';
import { BigButton } from '../ui/big-button';
import { describeMessage } from './describe-message';
import { FilePicker } from './file-picker';

/** Rows with notes shown in the preview table; the rest are counted. */
const MAX_ROWS_SHOWN = 200;

/** Replace the whole list by the file, or merge it place by place keeping the most recent checks. */
type ImportMode = 'replace' | 'merge';

type ImportState =
  { kind: 'idle' } | { kind: 'reading'; name: string } | { kind: 'preview'; name: string; preview: Extract<ImportPreview, { ok: true }> };

interface ImportPanelProps {
  db: KioskDatabase;
  /** The database to write to, checked just now (rebuilt first when it vanished); undefined when storage does not answer. */
  ready: () => Promise<KioskDatabase | undefined>;
  /** Whether the last import can be undone. */
  undoable: boolean;
  /** Called after the inventory changed (applied or undone). */
  onChanged: () => Promise<void>;
}

/** Choose a file → check every row → apply it (only without errors) or cancel; undo the last import. */
export function ImportPanel({ db, ready, undoable, onChanged }: ImportPanelProps) {
  const { t } = useT();
  const [state, setState] = useState<ImportState>({ kind: 'idle' });
  const [status, setStatus] = useState('');
  const [busy, setBusy] = useState(false);
  const [mode, setMode] = useState<ImportMode>('replace');
  const [mergeCounts, setMergeCounts] = useState<MergeCounts | null>(null);
  const previewHeading = useRef<HTMLHeadingElement>(null);
  const sectionHeading = useRef<HTMLHeadingElement>(null);

  const fail = (preview: Extract<ImportPreview, { ok: false }>) => {
    setState({ kind: 'idle' });
    setStatus(`${t('staff:import.failed')} ${describeMessage(t, preview.error)}`);
  };

  const onFile = async (event: Event) => {
    const input = event.currentTarget as HTMLInputElement;
    const file = input.files?.[0];
    if (!file) return;
    const name = file.name;
    // Checked before reading: a huge file is never loaded into memory.
    if (file.size > MAX_FILE_BYTES) {
      fail({ ok: false, error: msg('fileTooLarge', { maxMb: MAX_FILE_BYTES / (1024 * 1024) }) });
      return;
    }
    setState({ kind: 'reading', name });
    setStatus(t('staff:import.reading', { name }));
    let bytes: Uint8Array;
    try {
      bytes = new Uint8Array(await file.arrayBuffer());
    } catch {
      fail({ ok: false, error: msg('parseFailed') });
      return;
    }
    const preview = await parseInWorker({ name, bytes });
    if (!preview.ok) {
      fail(preview);
      return;
    }
    setState({ kind: 'preview', name, preview });
    setStatus('');
    queueMicrotask(() => previewHeading.current?.focus());
  };

  // What a merge would do, counted against the list as it is now.
  useEffect(() => {
    setMergeCounts(null);
    if (state.kind !== 'preview' || mode !== 'merge') return;
    let live = true;
    const incoming = state.preview.places;
    allPlaces(db).then(
      (ours) => {
        if (!live) return;
        const { updated, added, kept } = mergePlaces(ours, incoming);
        setMergeCounts({ updated, added, kept });
      },
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [db, state, mode]);

  const apply = async () => {
    if (state.kind !== 'preview' || busy) return;
    setBusy(true);
    // Never written to a database not checked just now: a vanished one is rebuilt first.
    const target = await ready();
    if (!target) {
      setBusy(false);
      setStatus(t('staff:storageGuard.failed'));
      return;
    }
    if (mode === 'merge') {
      const merged = await applyMerge(target, state.preview);
      setBusy(false);
      if (merged.ok) {
        setState({ kind: 'idle' });
        setStatus(t('staff:check.merge.applied', { count: merged.updated, added: merged.added, kept: merged.kept }));
        await onChanged();
        sectionHeading.current?.focus();
      } else {
        setStatus(describeMessage(t, merged.error));
      }
      return;
    }
    const result = await applyImport(target, state.preview, state.name);
    setBusy(false);
    if (result.ok) {
      setState({ kind: 'idle' });
      // "You can go back to the list from before" only when there is one.
      setStatus(t(result.undoable ? 'staff:import.applied' : 'staff:storageGuard.appliedNoUndo', { count: result.count }));
      await onChanged();
      sectionHeading.current?.focus();
    } else {
      setStatus(describeMessage(t, result.error));
    }
  };

  const cancel = () => {
    setState({ kind: 'idle' });
    setStatus(t('staff:import.cancelled'));
    sectionHeading.current?.focus();
  };

  const undo = async () => {
    if (busy) return;
    setBusy(true);
    const target = await ready();
    if (!target || !(await canUndo(target).catch(() => false))) {
      setBusy(false);
      setStatus(target ? '' : t('staff:storageGuard.failed'));
      await onChanged();
      return;
    }
    try {
      await undoLastImport(target);
    } catch {
      setBusy(false);
      setStatus(t('staff:storageGuard.failed'));
      return;
    }
    setBusy(false);
    setState({ kind: 'idle' });
    setStatus(t('staff:import.undone'));
    await onChanged();
  };

  return (
    <section class="staff__section" aria-labelledby="staff-import-title">
      <h2 id="staff-import-title" tabIndex={-1} ref={sectionHeading}>
        {t('staff:import.title')}
      </h2>
      <p id="staff-import-help">{t('staff:import.help', { maxMb: MAX_FILE_BYTES / (1024 * 1024), maxRows: MAX_ROWS })}</p>
      <FilePicker
        id="staff-import-file"
        label={t('staff:import.file')}
        accept=".csv,.xlsx,.json,text/csv,application/json,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        describedBy="staff-import-help"
        onChange={(e) => void onFile(e)}
        disabled={state.kind === 'reading'}
      />
      <p role="status" class="staff__status">
        {status}
      </p>
      {state.kind === 'preview' && (
        <PreviewView
          name={state.name}
          preview={state.preview}
          headingRef={previewHeading}
          busy={busy}
          mode={mode}
          onMode={setMode}
          mergeCounts={mergeCounts}
          onApply={() => void apply()}
          onCancel={cancel}
        />
      )}
      <div class="staff__actions">
        <BigButton variant="secondary" disabled={!undoable || busy} onPress={() => void undo()}>
          {t('staff:import.undo')}
        </BigButton>
      </div>
    </section>
  );
}

interface PreviewProps {
  name: string;
  preview: Extract<ImportPreview, { ok: true }>;
  headingRef: { current: HTMLHeadingElement | null };
  busy: boolean;
  mode: ImportMode;
  onMode: (mode: ImportMode) => void;
  /** What a merge would do (null while counting, or when replacing). */
  mergeCounts: MergeCounts | null;
  onApply: () => void;
  onCancel: () => void;
}

/** The check of a file: counts, notes about the whole file, the rows to look at, Apply / Cancel. */
function PreviewView({ name, preview, headingRef, busy, mode, onMode, mergeCounts, onApply, onCancel }: PreviewProps) {
  const { t } = useT();
  const withNotes = preview.rows.filter((r) => r.errors.length > 0 || r.warnings.length > 0);
  const errors = preview.rows.filter((r) => r.errors.length > 0).length;
  const warnings = preview.rows.filter((r) => r.errors.length === 0 && r.warnings.length > 0).length;
  const allowed = canApply(preview);
  return (
    <div class="staff-preview">
      <h3 id="staff-preview-title" tabIndex={-1} ref={headingRef}>
        {t('staff:import.previewTitle', { name })}
      </h3>
      <p>{t('staff:import.summary', { rows: preview.rows.length, ready: preview.places.length, errors, warnings })}</p>
      {preview.warnings.length > 0 && (
        <div class="staff-preview__notes">
          <h4>{t('staff:import.fileNotes')}</h4>
          <ul>
            {preview.warnings.map((m, i) => (
              <li key={i}>{describeMessage(t, m)}</li>
            ))}
          </ul>
        </div>
      )}
      {withNotes.length === 0 ? (
        <p>{t('staff:import.noProblems')}</p>
      ) : (
        <div class="staff-table-wrap">
          <table class="staff-table">
            <caption>{t('staff:import.tableCaption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('staff:import.row')}</th>
                <th scope="col">{t('staff:import.name')}</th>
                <th scope="col">{t('staff:import.id')}</th>
                <th scope="col">{t('staff:import.problems')}</th>
              </tr>
            </thead>
            <tbody>
              {withNotes.slice(0, MAX_ROWS_SHOWN).map((row) => (
                <RowNotes key={row.row} row={row} />
              ))}
            </tbody>
          </table>
          {withNotes.length > MAX_ROWS_SHOWN && <p>{t('staff:import.moreRows', { count: withNotes.length - MAX_ROWS_SHOWN })}</p>}
        </div>
      )}
      {!allowed && (
        <p id="staff-apply-blocked" class="staff-notice staff-notice--error">
          {t('staff:import.applyBlocked')}
        </p>
      )}
      {allowed && (
        <fieldset class="staff-radios">
          <legend>{t('staff:check.merge.legend')}</legend>
          {(['replace', 'merge'] as const).map((m) => (
            <label key={m} class="staff-check">
              <input type="radio" name="import-mode" value={m} checked={mode === m} onChange={() => onMode(m)} />
              <span>{t(`staff:check.merge.${m}`)}</span>
            </label>
          ))}
          {mode === 'merge' && <p class="staff-field__hint">{t('staff:check.merge.mergeHint')}</p>}
          {mode === 'merge' && mergeCounts && (
            <p class="staff__count" data-testid="merge-preview">
              {t('staff:check.merge.preview', { count: mergeCounts.updated, added: mergeCounts.added, kept: mergeCounts.kept })}
            </p>
          )}
        </fieldset>
      )}
      <div class="staff__actions">
        <BigButton
          variant="primary"
          disabled={!allowed || busy || (mode === 'merge' && !mergeCounts)}
          aria-describedby={allowed ? undefined : 'staff-apply-blocked'}
          onPress={onApply}
        >
          {mode === 'merge' ? t('staff:check.merge.apply') : t('staff:import.apply')}
        </BigButton>
        <BigButton variant="secondary" onPress={onCancel}>
          {t('staff:import.cancel')}
        </BigButton>
      </div>
    </div>
  );
}

/** One row of the preview table: errors first, then warnings, each labelled in words (not only colour). */
function RowNotes({ row }: { row: RowReport }) {
  const { t } = useT();
  return (
    <tr class={row.errors.length > 0 ? 'staff-table__row--error' : undefined}>
      <th scope="row">{row.row}</th>
      <td>{row.name ?? ''}</td>
      <td>{row.id ?? ''}</td>
      <td>
        <ul class="staff-notes">
          {row.errors.map((m, i) => (
            <li key={`e${i}`} class="staff-notes__error">
              <strong>{t('staff:import.error')}</strong> {describeMessage(t, m)}
            </li>
          ))}
          {row.warnings.map((m, i) => (
            <li key={`w${i}`} class="staff-notes__warning">
              <strong>{t('staff:import.warning')}</strong> {describeMessage(t, m)}
            </li>
          ))}
        </ul>
      </td>
    </tr>
  );
}
