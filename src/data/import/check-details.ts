import { ACCESS_WAYS, CHECK_METHODS, ELIGIBILITIES, type Access, type CheckMethod, type Eligibility, type Place } from '../place';
import { msg, quote, type Message } from './messages';
import { checkUrl, type RecordReader } from './record-reader';
import { ACCESS_SET, CHECK_METHOD_SET, CONFIDENCE_SET, DESCRIPTION_LANGUAGE, ELIGIBILITY_SET, isIsoDate } from './shapes';

const TRUE_WORDS = new Set(['yes', 'oui', 'ja', 'true', 'vrai', 'waar', 'y', 'o', 'j', '1']);
const FALSE_WORDS = new Set(['no', 'non', 'nee', 'neen', 'false', 'faux', 'onwaar', 'n', '0']);

/**
 * How to come (hours, accessibility, who may come and how), how the record was checked, whether
 * the public sees it, and its descriptions by language (in the file's order); hoursSource null:
 * an address that is not one (an error).
 */
export interface Details extends Pick<
    Place,
    | 'openingHours'
    | 'accessibility'
    | 'checkedOn'
    | 'sourcesReadOn'
    | 'checkedHow'
    | 'eligibility'
    | 'access'
    | 'notes'
    | 'confidence'
    | 'publicListing'
    | 'description'
> {
  hoursSource: string | null;
}

/**
 * Reads and checks the rest of a place. `category` decides whether a place with no
 * publicListing value is shown; `descriptions` are the description texts by language code.
 */
export function checkDetails(r: RecordReader, category: Place['category'] | undefined, descriptions: ReadonlyMap<string, unknown>): Details {
  const err = (m: Message) => r.errors.push(m);

  const openingHours = r.text('openingHours');
  const accessibility = r.text('accessibility', true);

  const date = (field: 'checkedOn' | 'sourcesReadOn'): string => {
    const value = r.text(field);
    if (value === '' || isIsoDate(value)) return value;
    err(msg('dateInvalid', { field, value: quote(value) }));
    return '';
  };
  const checkedOn = date('checkedOn');
  const sourcesReadOn = date('sourcesReadOn');
  const checkedHowText = r.text('checkedHow').toLowerCase();
  const checkedHow = CHECK_METHOD_SET.has(checkedHowText) ? (checkedHowText as CheckMethod) : '';
  if (checkedHowText !== '' && checkedHow === '')
    err(msg('choiceUnknown', { field: 'checkedHow', value: quote(checkedHowText), choices: CHECK_METHODS.join(', ') }));
  const eligibilityText = r.text('eligibility').toLowerCase();
  const eligibility = ELIGIBILITY_SET.has(eligibilityText) ? (eligibilityText as Eligibility) : '';
  if (eligibilityText !== '' && eligibility === '')
    err(msg('choiceUnknown', { field: 'eligibility', value: quote(eligibilityText), choices: ELIGIBILITIES.join(', ') }));
  const access: Access[] = [];
  for (const item of r.list('access')) {
    const way = item.toLowerCase();
    if (!ACCESS_SET.has(way)) err(msg('choiceUnknown', { field: 'access', value: quote(item), choices: ACCESS_WAYS.join(', ') }));
    else if (!access.includes(way as Access)) access.push(way as Access);
  }
  const hoursSource = r.text('hoursSource') === '' ? '' : checkUrl(r, r.text('hoursSource'), 'hoursSource');
  const notes = r.text('notes', true);

  const confidence = r.text('confidence').toLowerCase();
  if (confidence !== '' && !CONFIDENCE_SET.has(confidence)) err(msg('confidenceUnknown', { value: quote(confidence) }));

  // Blank: shown to the public, except federations and funders ("umbrella"), as in the built-in list.
  const publicText = r.text('publicListing');
  let publicListing = category !== 'umbrella';
  if (publicText !== '') {
    const word = publicText.toLowerCase();
    if (TRUE_WORDS.has(word)) publicListing = true;
    else if (FALSE_WORDS.has(word)) publicListing = false;
    else err(msg('publicInvalid', { value: quote(publicText) }));
  }

  const description: Record<string, string> = {};
  for (const [lang, value] of descriptions) {
    if (!DESCRIPTION_LANGUAGE.test(lang)) continue;
    const text = r.textOf(value, `description_${lang}`, true);
    if (text !== '') description[lang] = text;
  }

  return {
    openingHours,
    accessibility,
    checkedOn,
    sourcesReadOn,
    checkedHow,
    eligibility,
    access,
    hoursSource,
    notes,
    confidence,
    publicListing,
    description,
  };
}
