import type { Place } from '../place';
import { msg, quote, type Message } from './messages';
import { checkUrl, type RecordReader } from './record-reader';
import { isEmail, isPhone, LIST_SEPARATOR } from './shapes';

/** How to reach the place and where its facts come from; website null: an address that is not one (an error). */
export interface Contact extends Pick<Place, 'phone' | 'email' | 'sources'> {
  website: string | null;
}

/** Reads and checks the phone, e-mail, website and source addresses; a named person's e-mail is left out. */
export function checkContact(r: RecordReader): Contact {
  const err = (m: Message) => r.errors.push(m);
  const warn = (m: Message) => r.warnings.push(m);

  const phone = r.text('phone');
  if (phone !== '' && !isPhone(phone)) err(msg('phoneInvalid', { value: quote(phone) }));

  const email = r.text('email').replace(/^mailto:\s*/iu, '');
  if (email !== '' && !isEmail(email)) err(msg('emailInvalid', { value: quote(email) }));

  if (r.text('personalEmail') !== '') warn(msg('personalEmailLeftOut')); // the address itself is not repeated

  const website = checkUrl(r, r.text('website'), 'website');

  const sources: string[] = [];
  for (const item of r.list('sources')) {
    // A ";" inside one address would split it in two on the next CSV export.
    if (item.includes(LIST_SEPARATOR)) {
      err(msg('urlInvalid', { field: 'sources', value: quote(item) }));
      continue;
    }
    const url = checkUrl(r, item, 'sources');
    if (url && !sources.includes(url)) sources.push(url);
  }

  return { phone, email, website, sources };
}
