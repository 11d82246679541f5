import { cleanText, MAX_TEXT_LENGTH } from './clean-text';
import { unneutraliseFormula } from './formula';
import { msg, quote, type Message } from './messages';
import { BARE_DOMAIN, isWebUrl, LIST_SEPARATOR, NUMBER, SCHEME } from './shapes';
import type { Field, RawRecord } from './validate';

/** Collects the messages of one record and reads its values with the right cleaning. */
export class RecordReader {
  readonly errors: Message[];
  readonly warnings: Message[];

  constructor(private readonly record: RawRecord) {
    this.errors = [...record.errors];
    this.warnings = [...record.warnings];
  }

  /** The raw value as one string ('' when blank), or null (with an error) when it is not text. */
  private raw(value: unknown, field: string): string | null {
    if (value === undefined || value === null) return '';
    if (typeof value === 'string') return value;
    if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
    if (typeof value === 'boolean') return value ? 'yes' : 'no';
    if (value instanceof Date) return Number.isNaN(value.getTime()) ? '' : value.toISOString().slice(0, 10);
    this.errors.push(msg('fieldNotText', { field }));
    return null;
  }

  /** Trims, removes the formula apostrophe of spreadsheet cells, cleans and caps a text. */
  private clean(raw: string, field: string, multiline: boolean): string {
    const cell = this.record.spreadsheet ? unneutraliseFormula(raw.trim()) : raw;
    const { text, truncated } = cleanText(cell, multiline);
    if (truncated) this.warnings.push(msg('textTruncated', { field, max: MAX_TEXT_LENGTH }));
    return text;
  }

  /** A text field. */
  text(field: Field, multiline = false): string {
    return this.textOf(this.record.values.get(field), field, multiline);
  }

  /** A text from any value. */
  textOf(value: unknown, field: string, multiline = false): string {
    const raw = this.raw(value, field);
    return raw === null ? '' : this.clean(raw, field, multiline);
  }

  /** A list field: a JSON array, or a text with items separated by ";". Blank items dropped, duplicates once. */
  list(field: Field): string[] {
    const value = this.record.values.get(field);
    let items: string[];
    if (Array.isArray(value)) {
      items = [];
      for (const item of value) {
        const raw = this.raw(item, field);
        if (raw === null) return [];
        items.push(this.clean(raw, field, false));
      }
    } else {
      const raw = this.raw(value, field);
      if (raw === null) return [];
      const cell = this.record.spreadsheet ? unneutraliseFormula(raw.trim()) : raw;
      items = cell.split(LIST_SEPARATOR).map((item) => {
        const { text, truncated } = cleanText(item, false);
        if (truncated) this.warnings.push(msg('textTruncated', { field, max: MAX_TEXT_LENGTH }));
        return text;
      });
    }
    return [...new Set(items.filter((item) => item !== ''))];
  }

  /** A coordinate, null when blank; NaN (with an error) when not a number in range. */
  coordinate(field: 'lat' | 'lon'): number | null {
    const value = this.record.values.get(field);
    const limit = field === 'lat' ? 90 : 180;
    let n: number;
    if (typeof value === 'number') n = value;
    else {
      const raw = this.raw(value, field);
      if (raw === null) return Number.NaN;
      let s = this.clean(raw, field, false);
      if (s === '') return null;
      // A decimal comma, as French and Dutch spreadsheets write it.
      if (!s.includes('.') && s.split(',').length === 2) s = s.replace(',', '.');
      n = NUMBER.test(s) ? Number(s) : Number.NaN;
    }
    if (!Number.isFinite(n) || Math.abs(n) > limit) {
      this.errors.push(msg('coordinateInvalid', { field, value: quote(String(value)) }));
      return Number.NaN;
    }
    return n === 0 ? 0 : n; // no -0
  }
}

/** A web address: http(s) only; a bare "www.example.be" gets https:// with a warning. */
export function checkUrl(r: RecordReader, value: string, field: string): string | null {
  if (value === '') return '';
  if (isWebUrl(value)) return value;
  if (!SCHEME.test(value) && BARE_DOMAIN.test(value) && isWebUrl(`https://${value}`)) {
    r.warnings.push(msg('websiteSchemeAdded', { field, value: quote(value) }));
    return `https://${value}`;
  }
  r.errors.push(msg('urlInvalid', { field, value: quote(value) }));
  return null;
}
