import { ACCESS_WAYS, CHECK_METHODS, ELIGIBILITIES } from '../place';
import { MAX_TEXT_LENGTH } from './clean-text';
import { CATEGORIES, COMMUNES, CONFIDENCES, SERVICE_TAGS } from './vocabulary';

/*
 * The shapes a place's values must have: the same rules for reading a file (checkRecord and its
 * sections) and for the invariant every stored place satisfies (isValidPlace).
 */

/** Longest id; ids are slugs (lowercase ASCII letters, digits and hyphens). */
export const MAX_ID_LENGTH = 100;

const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/u;
export const TAG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/u;
export const LANGUAGE = /^[a-z]{2}$/u;
export const DESCRIPTION_LANGUAGE = /^[a-z]{2,3}$/u;
export const POSTAL_CODE = /^\d{4}$/u;
const EMAIL = /^[^\s@"<>(),;:[\]\\]+@[^\s@"<>(),;:[\]\\]+\.[^\s@"<>(),;:[\]\\.]+$/u;
const PHONE = /^\+?[0-9 ./()-]+$/u;
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/u;
export const NUMBER = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:e[+-]?\d+)?$/iu;
export const SCHEME = /^[a-z][a-z0-9+.-]*:/iu;
export const BARE_DOMAIN = /^(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z]{2,}(?::\d+)?(?:[/?#]\S*)?$/iu;

/** Whether an id has the slug shape. */
export function isValidId(id: string): boolean {
  return id.length <= MAX_ID_LENGTH && ID.test(id);
}

/** Whether a text is an e-mail address shape (one address, no name, no "mailto:"). */
export function isEmail(s: string): boolean {
  return s.length <= 254 && EMAIL.test(s);
}

/** Whether a phone number has only digits, a leading +, spaces and . / ( ) - and 6 to 15 digits. */
export function isPhone(s: string): boolean {
  const digits = s.replace(/\D/gu, '').length;
  return PHONE.test(s) && digits >= 6 && digits <= 15;
}

/** Whether a text is an http(s) address with a host and no user name or password. */
export function isWebUrl(s: string): boolean {
  if (s.length > MAX_TEXT_LENGTH || /\s/u.test(s) || !/^https?:\/\//iu.test(s)) return false;
  try {
    const url = new URL(s);
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname !== '' && url.username === '' && url.password === '';
  } catch {
    return false;
  }
}

/** Whether a text is a real calendar date written YYYY-MM-DD. */
export function isIsoDate(s: string): boolean {
  const m = DATE.exec(s);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d && y >= 1900;
}

/** Items of a list field in one text cell are separated by this. */
export const LIST_SEPARATOR = ';';
export const KNOWN_TAGS = new Set(SERVICE_TAGS);
export const CATEGORY_SET = new Set<string>(CATEGORIES);
export const CONFIDENCE_SET = new Set<string>(CONFIDENCES);
export const ELIGIBILITY_SET = new Set<string>(ELIGIBILITIES);
export const ACCESS_SET = new Set<string>(ACCESS_WAYS);
export const CHECK_METHOD_SET = new Set<string>(CHECK_METHODS);
export const COMMUNE_SET = new Set(COMMUNES.map((c) => c.fr));
