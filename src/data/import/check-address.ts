import type { Place } from '../place';
import { msg, quote, type Message } from './messages';
import type { RecordReader } from './record-reader';
import { POSTAL_CODE } from './shapes';
import { BRUSSELS_BOUNDS, communeFr, isBrusselsPostalCode } from './vocabulary';

// "street, 1234 Commune" (optionally "B-1234", and a country at the end), or "1234 Commune".
// The town must not start with a digit, so "Chaussée de Louvain 1234 1030 Schaerbeek" splits after 1234.
const ADDRESS =
  /^(?:(.+?)(?:\s*[,;]\s*|\s+[-–]\s+|\s+))?(?:B\s*-\s*)?(\d{4})\s+([^,;\d][^,;]*?)(?:\s*[,;]\s*(?:belgique|belgi[eë]|belgium))?$/iu;

/** Where the place is: its address (from the three fields, or split from LUSS's one line) and map position. */
export type Address = Pick<Place, 'streetAddress' | 'postalCode' | 'commune' | 'lat' | 'lon'>;

/** Reads and checks the address fields and the coordinates (NaN: a coordinate with an error). */
export function checkAddress(r: RecordReader): Address {
  const err = (m: Message) => r.errors.push(m);
  const warn = (m: Message) => r.warnings.push(m);

  let streetAddress = r.text('streetAddress');
  let postalCode = r.text('postalCode');
  let communeText = r.text('commune');

  // LUSS "adresse postale": fills the address fields the file leaves blank.
  const fullAddress = r.text('fullAddress');
  if (fullAddress !== '' && streetAddress === '' && postalCode === '' && communeText === '') {
    // A real address is short; a long text is not searched (keeps the pattern's cost small).
    const m = fullAddress.length <= 300 ? ADDRESS.exec(fullAddress) : null;
    if (m) {
      streetAddress = m[1] ?? '';
      postalCode = m[2] ?? '';
      const town = m[3] ?? '';
      if (communeFr(town)) communeText = town;
      else warn(msg('communeOutsideBrussels', { value: quote(town) }));
    } else {
      streetAddress = fullAddress;
      warn(msg('addressNotSplit', { value: quote(fullAddress) }));
    }
  }

  if (postalCode !== '') {
    if (!POSTAL_CODE.test(postalCode)) err(msg('postalCodeInvalid', { value: quote(postalCode) }));
    else if (!isBrusselsPostalCode(postalCode)) warn(msg('postalCodeOutsideBrussels', { value: postalCode }));
  }

  let commune = '';
  if (communeText !== '') {
    const fr = communeFr(communeText);
    if (fr) commune = fr;
    else err(msg('communeUnknown', { value: quote(communeText) }));
  }

  const lat = r.coordinate('lat');
  const lon = r.coordinate('lon');
  if ((lat === null) !== (lon === null)) err(msg('coordinatesIncomplete'));
  else if (lat !== null && lon !== null && Number.isFinite(lat) && Number.isFinite(lon)) {
    const b = BRUSSELS_BOUNDS;
    if (lat < b.south || lat > b.north || lon < b.west || lon > b.east) warn(msg('coordinatesOutsideBrussels', { lat, lon }));
  }

  return { streetAddress, postalCode, commune, lat, lon };
}
