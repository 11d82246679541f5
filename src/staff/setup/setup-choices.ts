import { needs } from '../../help/needs';
import { languagesOfferedByDefault } from '../../i18n/languages';
import type { KioskSettings, SiteKind } from '../../shell/settings';

/**
 * The languages ticked at first on a new kiosk: every complete one (locales/languages.json; a
 * partial language waits for staff to tick it). The people the kiosk is for often read
 * little French or Dutch (Arabic, Turkish… speakers): a site must untick a language on purpose,
 * never forget to offer one. (The issue asked for the usual three of Brussels; a kiosk set up in
 * two minutes with defaults would then hide Türkçe and العربية from the people who need them.)
 */
export const USUAL_LANGUAGES: readonly string[] = languagesOfferedByDefault();

/**
 * What a kind of place usually wants, set when staff choose it on the first screen of the set-up
 * (each can still be changed on the next screens): a pharmacy prints on its receipt roll and
 * answers health questions; a maison médicale helps with health and social questions; an EPN
 * helps with computers.
 */
const KIND_DEFAULTS: Record<SiteKind, Pick<KioskSettings, 'printing' | 'paperSize' | 'counterHelp'>> = {
  pharmacy: { printing: true, paperSize: 'receipt', counterHelp: ['health'] },
  'medical-house': { printing: true, paperSize: 'a4', counterHelp: ['health', 'social'] },
  epn: { printing: true, paperSize: 'a4', counterHelp: ['computer'] },
  other: { printing: true, paperSize: 'a4', counterHelp: [] },
};

/** The settings after choosing a kind of place: its defaults over what was there. */
export function withSiteKind(settings: KioskSettings, kind: SiteKind): KioskSettings {
  const defaults = KIND_DEFAULTS[kind];
  // Only ids the finder knows (a need removed later must not linger in a kind's defaults).
  const counterHelp = defaults.counterHelp.filter((id) => needs.some((n) => n.id === id));
  return { ...settings, siteKind: kind, printing: defaults.printing, paperSize: defaults.paperSize, counterHelp };
}

/** Languages offered after ticking or unticking one, in picker order; the default follows if it was removed. */
export function withLanguage(settings: KioskSettings, order: readonly string[], code: string, on: boolean): KioskSettings {
  const offered = order.filter((c) => (c === code ? on : settings.languagesOffered.includes(c)));
  if (offered.length === 0) return settings;
  const defaultLanguage = offered.includes(settings.defaultLanguage) ? settings.defaultLanguage : offered[0]!;
  return { ...settings, languagesOffered: offered, defaultLanguage };
}

/** A need ticked or unticked at the counter, kept in the finder's chip order. */
export function withCounterNeed(settings: KioskSettings, id: string, on: boolean): KioskSettings {
  return { ...settings, counterHelp: needs.map((n) => n.id).filter((n) => (n === id ? on : settings.counterHelp.includes(n))) };
}
