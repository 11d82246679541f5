import type { TFunction } from 'i18next';
import type { Message } from '../data/import/messages';

/** A field's label in the staff's language ("description_nl" → "Description (nl)"). */
export function fieldLabel(t: TFunction, field: string): string {
  const description = /^description_([a-z]{2,3})$/u.exec(field);
  if (description) return t('staff:field.descriptionIn', { lang: description[1] });
  return t(`staff:field.${field}`, { defaultValue: field });
}

/** A message of the import or the form in plain words. Values are passed as data (`replace`), never as i18next options. */
export function describeMessage(t: TFunction, message: Message): string {
  const replace: Record<string, string | number> = {};
  for (const [key, value] of Object.entries(message.params ?? {})) replace[key] = key === 'field' ? fieldLabel(t, String(value)) : value;
  return t(`staff:message.${message.code}`, { replace });
}

/** The form field a message is about (to show it next to that field). */
export function fieldOfMessage(message: Message): string | undefined {
  const field = message.params?.field;
  if (typeof field === 'string') return field;
  const byCode: Partial<Record<Message['code'], string>> = {
    nameMissing: 'name',
    categoryMissing: 'category',
    categoryUnknown: 'category',
    communeUnknown: 'commune',
    postalCodeInvalid: 'postalCode',
    postalCodeOutsideBrussels: 'postalCode',
    coordinatesIncomplete: 'lat',
    coordinatesOutsideBrussels: 'lat',
    emailInvalid: 'email',
    phoneInvalid: 'phone',
    idInvalid: 'id',
    idDuplicate: 'id',
    dateInvalid: 'checkedOn',
    confidenceUnknown: 'confidence',
    publicInvalid: 'publicListing',
    serviceInvalid: 'services',
    serviceUnknown: 'services',
    languageInvalid: 'languages',
  };
  return byCode[message.code];
}
