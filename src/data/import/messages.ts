/**
 * What the import tells the staff, as codes: the staff screen turns each code into plain words
 * (locales/<lang>/staff.json, `message.<code>`). Never a raw exception text.
 */

/** Every message code the import, the validation and the staff form can produce. */
export const MESSAGE_CODES = [
  // The file cannot be read at all.
  'fileEmpty',
  'fileTooLarge',
  'tooManyRows',
  'noRows',
  'notText',
  'noNameColumn',
  'jsonInvalid',
  'jsonNotPlaces',
  'xlsNotSupported',
  'xlsxUnreadable',
  'xlsxTooLarge',
  'xlsxTooManyEntries',
  'parseFailed',
  'parseTimeout',
  'workerUnavailable',
  // About the whole file, but it can still be used.
  'encodingGuessed',
  'columnsIgnored',
  'personalEmailColumnIgnored',
  'columnDuplicate',
  // A row that cannot be used until it is fixed.
  'nameMissing',
  'categoryMissing',
  'categoryUnknown',
  'communeUnknown',
  'postalCodeInvalid',
  'coordinateInvalid',
  'coordinatesIncomplete',
  'emailInvalid',
  'urlInvalid',
  'phoneInvalid',
  'idInvalid',
  'idDuplicate',
  'dateInvalid',
  'choiceUnknown',
  'confidenceUnknown',
  'publicInvalid',
  'serviceInvalid',
  'languageInvalid',
  'fieldNotText',
  'csvQuotes',
  'rowNotPlace',
  // A row that can be used; staff should still look at it.
  'postalCodeOutsideBrussels',
  'coordinatesOutsideBrussels',
  'serviceUnknown',
  'textTruncated',
  'addressNotSplit',
  'communeOutsideBrussels',
  'personalEmailLeftOut',
  'websiteSchemeAdded',
  'csvFieldCount',
  // Applying to the database.
  'applyNotAllowed',
  'applyFailed',
] as const;

/** One of MESSAGE_CODES. */
export type MessageCode = (typeof MESSAGE_CODES)[number];

/** A message for the staff: a code and the values its text needs (field names, the bad value…). */
export interface Message {
  code: MessageCode;
  params?: Record<string, string | number>;
}

/** The longest bad value quoted back in a message: enough to find it, not a whole paragraph. */
const MAX_QUOTED = 80;

/** A value quoted in a message, shortened so a message stays readable. */
export function quote(value: string): string {
  const chars = Array.from(value);
  return chars.length > MAX_QUOTED ? `${chars.slice(0, MAX_QUOTED - 1).join('')}…` : value;
}

/** Builds a message. */
export function msg(code: MessageCode, params?: Record<string, string | number>): Message {
  return params ? { code, params } : { code };
}
