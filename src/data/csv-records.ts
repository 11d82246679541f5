/**
 * Records as CSV text (RFC 4180): every field in double quotes with inner quotes doubled,
 * CRLF between records, no line end after the last one. Quoting every field keeps commas,
 * quotes and line breaks inside a field safe without looking at it. (Written here rather than
 * with papaparse's writer: these lines are all of it, and the parser stays in the import worker.)
 */
export function csvRecords(records: readonly (readonly string[])[]): string {
  return records.map((fields) => fields.map((field) => `"${field.replace(/"/gu, '""')}"`).join(',')).join('\r\n');
}
