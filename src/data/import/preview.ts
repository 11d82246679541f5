// The import's limits, result types and the apply rule: small on purpose (no parser inside), so
// the staff screen can use them without pulling the file parsers, which live in the worker.
import type { StoredPlace } from '../db';
import type { Layout } from './columns';
import type { Message } from './messages';

export { MAX_TEXT_LENGTH } from './validate';

/** Largest file accepted (bytes). The LUSS inventory (67 rows) is a few tens of kB. */
export const MAX_FILE_BYTES = 5 * 1024 * 1024;
/** Most data rows (places) in one file. */
export const MAX_ROWS = 5000;
/** Zip-bomb guard: most bytes an XLSX's XML parts may unpack to, measured while inflating. */
export const MAX_XLSX_UNCOMPRESSED_BYTES = 50 * 1024 * 1024;
/** Zip-bomb guard: most entries an XLSX may list (a normal workbook has 10 to 30). */
export const MAX_XLSX_ENTRIES = 1000;
/** The header is looked for in the first rows (a spreadsheet may start with a title). */
export const HEADER_SEARCH_ROWS = 10;

/** The file formats the import reads. */
export type ImportFormat = 'csv' | 'xlsx' | 'json';

/** What the import found about one row of the file. */
export interface RowReport {
  /** Spreadsheet row number (header = row 1), or position in a JSON list (from 1). */
  row: number;
  /** The place's id: the one the file gives, or one made from the name (rows without errors only). */
  id?: string;
  /** The name as read, to recognise the row in the preview. */
  name?: string;
  /** Problems that make the row unusable: the file cannot be applied until they are fixed. */
  errors: Message[];
  /** Things to look at; the row can be used. */
  warnings: Message[];
}

/** The file as it would replace the inventory, or why it cannot be read at all. */
export type ImportPreview =
  | {
      ok: true;
      format: ImportFormat;
      layout: Layout;
      /** The rows without errors, as they would be stored. */
      places: StoredPlace[];
      /** Every data row, in file order (blank rows are skipped). */
      rows: RowReport[];
      /** About the whole file (ignored columns, guessed encoding…). */
      warnings: Message[];
    }
  | { ok: false; error: Message };

/** A file as the staff chose it. */
export interface ImportFile {
  name: string;
  bytes: Uint8Array;
}

/**
 * Whether a preview can replace the inventory: the file was read, it holds at least one place
 * and no row has an error. Warnings do not block.
 */
export function canApply(preview: ImportPreview): boolean {
  return preview.ok && preview.places.length > 0 && preview.rows.every((r) => r.errors.length === 0);
}

