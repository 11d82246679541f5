import type { Place } from '../place';
import { msg, quote, type Message } from './messages';
import type { RecordReader } from './record-reader';
import { isValidId, KNOWN_TAGS, LANGUAGE, TAG } from './shapes';
import { categoryOf } from './vocabulary';

/** Who the place is: its id (may be blank: one is made from the name), name, kind, audience, services and languages. */
export interface Identity {
  givenId: string;
  name: string;
  /** Undefined when the category is missing or unknown (the row then has an error). */
  category: Place['category'] | undefined;
  audience: string;
  services: string[];
  languages: string[];
}

/** Reads and checks the fields that say who the place is. */
export function checkIdentity(r: RecordReader): Identity {
  const err = (m: Message) => r.errors.push(m);
  const warn = (m: Message) => r.warnings.push(m);

  const givenId = r.text('id');
  if (givenId !== '' && !isValidId(givenId)) err(msg('idInvalid', { value: quote(givenId) }));

  const name = r.text('name');
  if (name === '') err(msg('nameMissing'));

  const categoryText = r.text('category');
  const category = categoryOf(categoryText);
  if (categoryText === '') err(msg('categoryMissing'));
  else if (!category) err(msg('categoryUnknown', { value: quote(categoryText) }));

  const audience = r.text('audience', true);

  const services: string[] = [];
  for (const item of r.list('services')) {
    const tag = item.toLowerCase();
    if (!TAG.test(tag) || tag.length > 60) err(msg('serviceInvalid', { value: quote(item) }));
    else {
      if (!KNOWN_TAGS.has(tag)) warn(msg('serviceUnknown', { value: tag }));
      if (!services.includes(tag)) services.push(tag);
    }
  }

  const languages: string[] = [];
  for (const item of r.list('languages')) {
    const code = item.toLowerCase();
    if (!LANGUAGE.test(code)) err(msg('languageInvalid', { value: quote(item) }));
    else if (!languages.includes(code)) languages.push(code);
  }

  return { givenId, name, category, audience, services, languages };
}
