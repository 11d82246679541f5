import Papa from 'papaparse';
import { readSheet } from 'read-excel-file/universal';
import type { StoredPlace } from '../db';
import { columnTarget, isLussColumn, normalizeHeader, type Layout } from './columns';
import { msg, quote, type Message } from './messages';
import {
  HEADER_SEARCH_ROWS,
  MAX_FILE_BYTES,
  MAX_ROWS,
  MAX_XLSX_ENTRIES,
  MAX_XLSX_UNCOMPRESSED_BYTES,
  type ImportFile,
  type ImportFormat,
  type ImportPreview,
  type RowReport,
} from './preview';
import { checkRecord, emptyRecord, slugify, uniqueId, type CheckedRecord, type RawRecord } from './validate';
import { checkZip } from './zip-guard';

export {
  MAX_FILE_BYTES,
  MAX_ROWS,
  MAX_TEXT_LENGTH,
  MAX_XLSX_ENTRIES,
  MAX_XLSX_UNCOMPRESSED_BYTES,
  canApply,
  type ImportFile,
  type ImportPreview,
} from './preview';

/** Thrown inside the parser for a file that cannot be read; becomes `{ ok: false }`. */
class Unreadable extends Error {
  constructor(readonly reason: Message) {
    super(reason.code);
  }
}

/**
 * Reads an inventory file (CSV, XLSX first sheet, or JSON) and checks every row. Never throws
 * and never rejects: anything unexpected becomes `{ ok: false, error: { code: 'parseFailed' } }`.
 */
export async function parseImportFile(file: ImportFile): Promise<ImportPreview> {
  try {
    return await parse(file);
  } catch (error) {
    return { ok: false, error: error instanceof Unreadable ? error.reason : msg('parseFailed') };
  }
}

const extensionOf = (name: string) => /\.([a-z0-9]+)$/iu.exec(name)?.[1]?.toLowerCase() ?? '';
const startsWith = (bytes: Uint8Array, magic: readonly number[]) => magic.every((b, i) => bytes[i] === b);
const ZIP = [0x50, 0x4b, 0x03, 0x04];
const OLE2 = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]; // legacy .xls

async function parse(file: ImportFile): Promise<ImportPreview> {
  const bytes = file.bytes;
  if (!(bytes instanceof Uint8Array)) throw new Unreadable(msg('parseFailed'));
  if (bytes.length === 0) throw new Unreadable(msg('fileEmpty'));
  if (bytes.length > MAX_FILE_BYTES) throw new Unreadable(msg('fileTooLarge', { maxMb: MAX_FILE_BYTES / (1024 * 1024) }));
  const ext = extensionOf(String(file.name ?? ''));

  if (startsWith(bytes, OLE2) || ext === 'xls') throw new Unreadable(msg('xlsNotSupported'));
  if (startsWith(bytes, ZIP)) return fromTable('xlsx', await readXlsx(bytes), []);
  if (ext === 'xlsx') throw new Unreadable(msg('xlsxUnreadable'));

  const { text, warnings } = decodeText(bytes);
  const looksJson = /^\s*[[{]/u.test(text);
  if (ext === 'json' || (ext !== 'csv' && looksJson)) return fromJson(text, warnings);
  return fromTable('csv', readCsv(text), warnings);
}

// ---------------------------------------------------------------------------------------------
// Text and CSV

/** UTF-8 (a BOM is dropped); a file that is not valid UTF-8 is read as Windows-1252, with a warning. */
function decodeText(bytes: Uint8Array): { text: string; warnings: Message[] } {
  let text: string;
  const warnings: Message[] = [];
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    // Excel's "CSV (separator: semicolon)" on a French or Dutch Windows saves in this encoding.
    text = new TextDecoder('windows-1252').decode(bytes);
    warnings.push(msg('encodingGuessed'));
  }
  if (text.includes('\u0000')) throw new Unreadable(msg('notText'));
  return { text, warnings };
}

/** A table as read: rows of cells, with per-row problems found by the reader. */
interface Table {
  rows: unknown[][];
  errors: Map<number, Message[]>;
}

/** The separator of the first non-blank line: ";" when it has more of them than ",". */
function detectDelimiter(text: string): ',' | ';' {
  const line = text.split(/\r\n|\r|\n/u).find((l) => l.trim() !== '') ?? '';
  const count = (ch: string) => line.split(ch).length - 1;
  return count(';') > count(',') ? ';' : ',';
}

function readCsv(text: string): Table {
  const rows: string[][] = [];
  const errors = new Map<number, Message[]>();
  let dataRows = 0;
  Papa.parse<string[]>(text, {
    delimiter: detectDelimiter(text),
    skipEmptyLines: false,
    step: (result, parser) => {
      const index = rows.length;
      const cells = Array.isArray(result.data) ? result.data.map((c) => String(c)) : [];
      rows.push(cells);
      if (result.errors.some((e) => e.type === 'Quotes')) errors.set(index, [msg('csvQuotes')]);
      if (cells.some((c) => c.trim() !== '')) dataRows++;
      // Header plus MAX_ROWS data rows, plus a possible title above the header.
      if (dataRows > MAX_ROWS + HEADER_SEARCH_ROWS) parser.abort();
    },
  });
  return { rows, errors };
}

// ---------------------------------------------------------------------------------------------
// XLSX

async function readXlsx(bytes: Uint8Array): Promise<Table> {
  const problem = checkZip(bytes, { maxUncompressedBytes: MAX_XLSX_UNCOMPRESSED_BYTES, maxEntries: MAX_XLSX_ENTRIES });
  if (problem) throw new Unreadable(problem);
  const buffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
  let rows: unknown[][];
  try {
    // Numbers stay as written (a postal code 1030, a phone 025372702); dates come as Date.
    rows = await readSheet<string>(buffer, 1, { parseNumber: (s: string) => s });
  } catch (error) {
    const code = (error as { code?: unknown } | null)?.code;
    throw new Unreadable(msg(code === 'XLS_FILE_NOT_SUPPORTED' ? 'xlsNotSupported' : 'xlsxUnreadable'));
  }
  if (!Array.isArray(rows)) throw new Unreadable(msg('xlsxUnreadable'));
  return { rows, errors: new Map() };
}

// ---------------------------------------------------------------------------------------------
// Tables (CSV and XLSX) → records

const isBlankCell = (cell: unknown) => cell === null || cell === undefined || (typeof cell === 'string' && cell.trim() === '');

/** Turns a table into records: finds the header, maps its columns, keeps the non-blank rows. */
function fromTable(format: ImportFormat, table: Table, fileWarnings: Message[]): ImportPreview {
  const { rows } = table;
  let headerIndex = -1;
  let targets: ReturnType<typeof mapHeader> | undefined;
  for (let i = 0; i < Math.min(rows.length, HEADER_SEARCH_ROWS); i++) {
    const mapped = mapHeader((rows[i] ?? []).map((c) => (isBlankCell(c) ? '' : String(c))));
    if (mapped.hasName) {
      headerIndex = i;
      targets = mapped;
      break;
    }
  }
  if (!targets) {
    if (rows.every((r) => r.every(isBlankCell))) throw new Unreadable(msg('noRows'));
    throw new Unreadable(msg('noNameColumn'));
  }

  const records: RawRecord[] = [];
  for (let i = headerIndex + 1; i < rows.length; i++) {
    const cells = rows[i] ?? [];
    if (cells.every(isBlankCell)) continue;
    if (records.length >= MAX_ROWS) throw new Unreadable(msg('tooManyRows', { max: MAX_ROWS }));
    const record = emptyRecord(i + 1, true);
    record.errors.push(...(table.errors.get(i) ?? []));
    const extra = cells.slice(targets.columns.length).filter((c) => !isBlankCell(c)).length;
    if (extra > 0) record.warnings.push(msg('csvFieldCount', { expected: targets.columns.length, found: cells.length }));
    targets.columns.forEach((target, col) => {
      const cell = cells[col];
      if (!target || target.kind === 'skip' || isBlankCell(cell)) return;
      if (target.kind === 'description') record.descriptions.set(target.lang, cell);
      else record.values.set(target.field, cell);
    });
    records.push(record);
  }
  return finish(format, targets.layout, records, [...fileWarnings, ...targets.warnings]);
}

/** The target of each column of a header row, the layout it shows, and warnings about columns. */
function mapHeader(header: readonly string[]) {
  const columns: (ReturnType<typeof columnTarget> | undefined)[] = [];
  const used = new Set<string>();
  const unknown: string[] = [];
  const warnings: Message[] = [];
  let hasName = false;
  let luss = false;
  for (const title of header) {
    const folded = normalizeHeader(title);
    const target = folded === '' ? undefined : columnTarget(folded);
    if (!target) {
      if (title.trim() !== '') unknown.push(title.trim());
      columns.push(undefined);
      continue;
    }
    const key = target.kind === 'field' ? target.field : target.kind === 'description' ? `description_${target.lang}` : `skip_${folded}`;
    if (used.has(key)) {
      warnings.push(msg('columnDuplicate', { column: quote(title.trim()) }));
      columns.push(undefined);
      continue;
    }
    used.add(key);
    columns.push(target);
    if (target.kind === 'field' && target.field === 'name') hasName = true;
    if (target.kind === 'field' && target.field === 'personalEmail') warnings.push(msg('personalEmailColumnIgnored', { column: quote(title.trim()) }));
    if (isLussColumn(folded)) luss = true;
  }
  if (unknown.length > 0) warnings.push(msg('columnsIgnored', { columns: quote(unknown.join(', ')) }));
  // Any LUSS column makes it the LUSS layout (the two can mix: every known column is read).
  const layout: Layout = luss ? 'luss' : 'project';
  return { columns, hasName, layout, warnings };
}

// ---------------------------------------------------------------------------------------------
// JSON → records

const isPlainObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Own enumerable value, never one inherited from a prototype. */
const own = (o: Record<string, unknown>, key: string): unknown => (Object.prototype.hasOwnProperty.call(o, key) ? o[key] : undefined);

function fromJson(text: string, fileWarnings: Message[]): ImportPreview {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    throw new Unreadable(msg('jsonInvalid'));
  }
  const list = Array.isArray(data) ? data : isPlainObject(data) ? own(data, 'places') : undefined;
  if (!Array.isArray(list)) throw new Unreadable(msg('jsonNotPlaces'));
  if (list.length === 0) throw new Unreadable(msg('noRows'));
  if (list.length > MAX_ROWS) throw new Unreadable(msg('tooManyRows', { max: MAX_ROWS }));

  const unknown = new Set<string>();
  let luss = false;
  const records = list.map((item, index) => {
    const record = emptyRecord(index + 1, false);
    if (!isPlainObject(item)) {
      record.errors.push(msg('rowNotPlace'));
      return record;
    }
    // Only own keys, looked up in Maps: "__proto__", "constructor", "prototype" go nowhere.
    for (const key of Object.keys(item)) {
      const value = own(item, key);
      if (key === 'description' && isPlainObject(value)) {
        for (const lang of Object.keys(value)) {
          if (/^[a-z]{2,3}$/u.test(lang)) record.descriptions.set(lang, own(value, lang));
          else unknown.add(`description.${lang}`);
        }
        continue;
      }
      const folded = normalizeHeader(key);
      const target = folded === '' ? undefined : columnTarget(folded);
      if (!target) {
        unknown.add(key);
        continue;
      }
      if (isLussColumn(folded)) luss = true;
      if (target.kind === 'description') record.descriptions.set(target.lang, value);
      else if (target.kind === 'field') record.values.set(target.field, value);
    }
    return record;
  });
  const warnings = [...fileWarnings];
  if (unknown.size > 0) warnings.push(msg('columnsIgnored', { columns: quote([...unknown].slice(0, 20).join(', ')) }));
  return finish('json', luss ? 'luss' : 'project', records, warnings);
}

// ---------------------------------------------------------------------------------------------
// Records → preview

/** Checks every record, gives ids (given ones must be unique; missing ones come from the name). */
function finish(format: ImportFormat, layout: Layout, records: RawRecord[], warnings: Message[]): ImportPreview {
  if (records.length === 0) throw new Unreadable(msg('noRows'));
  const checked: CheckedRecord[] = records.map(checkRecord);

  // Given ids first, so that a made-up id never takes an id the file gives to a later row.
  const firstRowOf = new Map<string, number>();
  for (const c of checked) {
    if (c.givenId === '') continue;
    const first = firstRowOf.get(c.givenId);
    if (first === undefined) firstRowOf.set(c.givenId, c.row);
    else {
      c.errors.push(msg('idDuplicate', { id: quote(c.givenId), firstRow: first }));
      c.place = null;
    }
  }
  const taken = new Set(firstRowOf.keys());

  const places: StoredPlace[] = [];
  const rows: RowReport[] = checked.map((c) => {
    const report: RowReport = { row: c.row, errors: c.errors, warnings: c.warnings };
    if (c.name !== '') report.name = c.name;
    if (c.place) {
      const id = c.givenId !== '' ? c.givenId : uniqueId(slugify(c.place.name), taken);
      report.id = id;
      places.push({ ...c.place, id, origin: 'import', editedByStaff: false });
    } else if (c.givenId !== '') report.id = c.givenId;
    return report;
  });
  return { ok: true, format, layout, places, rows, warnings };
}
