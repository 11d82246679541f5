/**
 * Spreadsheet formula neutralisation, and its exact inverse.
 *
 * A spreadsheet opens a cell that starts with = + - @ TAB or CR as a formula (CSV injection,
 * OWASP). The CSV export writes such a cell with a leading apostrophe, which spreadsheets show
 * as text. So that export → import gives back exactly the same text, the rule is a bijection:
 *
 * - export: a cell matching `^'*[=+\-@\t\r]` (any number of apostrophes, then a trigger) gets
 *   one more apostrophe in front;
 * - import (CSV and XLSX only): a cell matching `^'+[=+\-@\t\r]` loses its first apostrophe.
 *
 * Text that merely starts with an apostrophe (Dutch "'t Hoekske") is never touched. Import keeps
 * a cell that starts with = as plain text: the kiosk never evaluates anything.
 */

const NEEDS_APOSTROPHE = /^'*[=+\-@\t\r]/u;
const HAS_APOSTROPHE = /^'+[=+\-@\t\r]/u;

/** The cell as the CSV export writes it. */
export function neutraliseFormula(cell: string): string {
  return NEEDS_APOSTROPHE.test(cell) ? `'${cell}` : cell;
}

/** The cell as the export had it before neutralisation (exact inverse of neutraliseFormula). */
export function unneutraliseFormula(cell: string): string {
  return HAS_APOSTROPHE.test(cell) ? cell.slice(1) : cell;
}
