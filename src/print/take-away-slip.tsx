import { counterLanguages, counterPhrases } from '../help/counter-phrases';
import { useLanguagesLoaded } from '../i18n/use-languages-loaded';
import { useEffect, useState } from 'preact/hooks';
import type { TFunction } from 'i18next';
import type { Commune, Place } from '../data/place';
import { loadBuiltInInventory } from '../data/places-source';
import { displayWebsite, telUri } from '../help/contact-links';
import type { FoundPlace } from '../help/finder-answer';
import { hoursNow, hoursSentence, weekLines } from '../help/hours-words';
import { dirOf, Isolate, textWith } from '../i18n/isolate';
import { useI18n, useT } from '../i18n/use-t';
import { CommuneMap } from '../map/commune-map';
import { bilingualName, findCommune } from '../map/commune-names';
import { useKioskSettings } from '../shell/settings-context';
import { Pictogram } from '../ui/pictogram';
import { PrintHeader, printedDate } from './print-header';
import { QrCode } from './qr-code';

/**
 * What the slip prints. Everything but `places` is optional, so the finder passes what it has.
 */
export interface TakeAwaySlipProps {
  /** The places the person chose for paper, in the order they chose them (at most a few). */
  places: readonly FoundPlace[];
  /** Text key of what the person was looking at (the topic, or "help nearby"), for the header. */
  topic?: string | undefined;
  /**
   * The need the person chose (a need id of src/help/needs.ts). "eid" adds what to bring to an
   * eID/PIN desk; with no need, a place that helps with the eID gets it too.
   */
  need?: string | undefined;
  /** The communes for the maps; by default the built-in list (public/data/inventory.json). */
  communes?: readonly Commune[] | undefined;
  /** The kiosk's commune, marked "You are here" on the maps; by default the settings' commune. */
  here?: string | undefined;
  /** The moment of printing (tests); by default now. Only its day is printed. */
  now?: Date | undefined;
}

/** An ISO day (YYYY-MM-DD) said in a language, e.g. "4 December 2026"; '' when it is not a day. */
function dayInWords(iso: string, lang: string): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(iso)) return '';
  // Noon UTC: the same calendar day in every time zone the kiosk could be set to.
  return printedDate(lang, new Date(`${iso}T12:00:00Z`));
}

/** How fresh the place's details are: checked by a person, else read from public sources (never "verified"). */
function dataLine(place: Place, t: TFunction, lang: string): string {
  const checked = dayInWords(place.checkedOn, lang);
  if (checked && place.checkedHow) return t(`print:slip.checked.${place.checkedHow}`, { date: checked });
  const read = dayInWords(place.sourcesReadOn, lang);
  return read ? t('print:slip.readOn', { date: read }) : '';
}

/** Whether a person should bring their eID card and code letter to this place for this need (fact sheet §3, docs/facts.md). */
function bringsEid(place: Place, need: string | undefined): boolean {
  if (need !== undefined && need !== 'eid') return false;
  const phoneOnly = place.access.length > 0 && place.access.every((a) => a === 'phone');
  return place.services.includes('eid-pin-help') && !phoneOnly;
}

/** The communes of the built-in list, loaded once (from the precache: no network). */
function useBuiltInCommunes(given: readonly Commune[] | undefined): readonly Commune[] {
  const [loaded, setLoaded] = useState<readonly Commune[]>([]);
  useEffect(() => {
    if (given) return;
    let live = true;
    loadBuiltInInventory().then(
      (inv) => live && setLoaded(inv.communes),
      () => undefined, // no list, no map: the rest of the slip still prints
    );
    return () => {
      live = false;
    };
  }, [given]);
  return given ?? loaded;
}

/** One place on the slip. */
function SlipPlace({
  place,
  need,
  communes,
  here,
  now,
}: {
  place: Place;
  need: string | undefined;
  communes: readonly Commune[];
  here: string;
  now: Date;
}) {
  const { t, lang } = useT();
  const names = new Intl.DisplayNames([lang], { type: 'language' });
  const address = [place.streetAddress, [place.postalCode, place.commune].filter(Boolean).join(' ')].filter(Boolean).join(', ');
  const helpsWith = [...new Set(place.services.map((s) => t(`service.${s}`, { defaultValue: '' })).filter(Boolean))];
  const languages = place.languages.map((code) => names.of(code) ?? code);
  const access = place.access.map((a) => t(`print:slip.access.${a}`));
  const commune = findCommune(communes, place.commune);
  const communeText = commune ? bilingualName(commune, lang) : place.commune;
  const now24 = hoursNow(place.openingHours, now);
  // Around the clock is said as such ("Open day and night, every day"), not as "Mon–Sun 0:00–24:00".
  const week = now24.state === 'open' && now24.always ? [] : weekLines(place.openingHours, lang);
  const tel = telUri(place.phone);
  const freshness = dataLine(place, t, lang);
  return (
    <article class="slip-place" data-place={place.id}>
      <div class="slip-place__text">
        <h2 class="slip-place__name">
          <Isolate dir="auto">{place.name}</Isolate>
        </h2>
        {helpsWith.length > 0 && <p>{t('print:slip.helpsWith', { list: helpsWith.join(' · ') })}</p>}
        {place.eligibility === 'residents' && communeText && (
          <p class="slip-place__who">
            <Pictogram id="town-hall" size="sm" />{' '}
            <span>{textWith(t, 'print:slip.who.residents', {}, { commune: <Isolate lang="fr">{communeText}</Isolate> })}</span>
          </p>
        )}
        {place.eligibility === 'members' && (
          <p class="slip-place__who">
            <Pictogram id="users" size="sm" /> <span>{t('print:slip.who.members')}</span>
          </p>
        )}
        {/* A phone line: nobody "comes"; its card says "by phone". */}
        {place.eligibility === 'anyone' && !place.access.includes('phone') && (
          <p class="slip-place__who">
            <Pictogram id="users" size="sm" /> <span>{t('print:slip.who.anyone')}</span>
          </p>
        )}
        {access.length > 0 && (
          <p>
            <Pictogram id="calendar" size="sm" /> <span>{access.join(' · ')}</span>
          </p>
        )}
        {languages.length > 0 && (
          <p>
            <Pictogram id="speech-bubble" size="sm" /> <span>{t('print:slip.languages', { list: languages.join(', ') })}</span>
          </p>
        )}
        {address && (
          <p>
            <Pictogram id="place" size="sm" />{' '}
            <span>
              <Isolate lang="fr">{address}</Isolate>
            </span>
          </p>
        )}
        {place.phone && (
          <p class="slip-place__phone">
            <Pictogram id="phone" size="sm" />{' '}
            <span>
              <Isolate whole>{place.phone}</Isolate>
            </span>
          </p>
        )}
        {place.website && (
          <p>
            <Pictogram id="website" size="sm" />{' '}
            <span>
              <Isolate>{displayWebsite(place.website)}</Isolate>
            </span>
          </p>
        )}
        <div class="slip-place__hours">
          <p>
            <Pictogram id="clock" size="sm" />{' '}
            <span>
              <strong>{t('print:slip.hours')}</strong>
            </span>
          </p>
          {/*
            The week in words when it is known. "Open until 16:30" is true only at the moment of
            printing, and would tell the time of the visit: paper says the week, or the way in
            ("By appointment", "Hours not known: call first" — the latter only with a number).
          */}
          {week.length > 0 ? (
            <ul class="slip-place__week">
              {week.map((line) => (
                <li key={line}>
                  <Isolate dir="auto">{line}</Isolate>
                </li>
              ))}
            </ul>
          ) : (
            <p>{hoursSentence(place, now, t, lang)}</p>
          )}
        </div>
        {bringsEid(place, need) && (
          <div class="slip-place__bring">
            <p>
              <Pictogram id="id-card" size="sm" />{' '}
              <span>
                <strong>{t('print:slip.bring.title')}</strong>
              </span>
            </p>
            <ul>
              <li>{t('print:slip.bring.eid')}</li>
              <li>{t('print:slip.bring.letter')}</li>
            </ul>
          </div>
        )}
        {freshness && <p class="slip-place__fresh">{freshness}</p>}
      </div>
      <div class="slip-place__aside">
        {commune && <CommuneMap communes={communes} here={here} highlight={commune.nameFr} size="paper" />}
        {/* A code only to call: a web address is of no use to a person offline with a phone. */}
        {tel && (
          <div class="slip-place__qr">
            <QrCode value={tel} label={place.phone} />
            <p>{t('print:slip.scanToCall')}</p>
          </div>
        )}
      </div>
    </article>
  );
}

/**
 * The paper a person takes away: the chosen places, in their language, each with what it helps
 * with, who may come, how to get in, its languages, where, its hours in words, what to bring to
 * an eID desk, how fresh the details are, a sketch map and a QR code to call (only when there is
 * a phone number). Nothing about the person is on it: the only commune printed as "who may come"
 * is the place's own. Staff notes never reach it. Printed only (hidden on screen).
 *
 * On an Arabic paper, the place's details keep their own order (see src/i18n/isolate.tsx): a
 * phone number printed right to left would be dialled wrong.
 */
export function TakeAwaySlip({ places, topic = 'help.title', need, communes, here, now }: TakeAwaySlipProps) {
  const { t, lang } = useT();
  const i18n = useI18n();
  const counter = counterLanguages(lang);
  const counterReady = useLanguagesLoaded(counter);
  const settings = useKioskSettings();
  const list = useBuiltInCommunes(communes);
  const at = now ?? new Date();
  return (
    <section class={`take-away take-away--${settings.paperSize} print-only`} aria-hidden="true">
      <PrintHeader t={t} lang={lang} topic={t(topic)} />
      <h1 class="take-away__title">
        <Pictogram id="users" size="lg" />
        {t('finder.paperTitle')}
      </h1>
      <p class="take-away__lead">{t('print:slip.lead')}</p>
      {places.map(({ place }) => (
        <SlipPlace key={place.id} place={place} need={need} communes={list} here={here ?? settings.communeName} now={at} />
      ))}
      {counterReady && (
        // What to show at the counter, in the person's language and in French and Dutch: after the places, so the first place starts on the first page.
        <div class="take-away__counter">
          <p class="take-away__counter-title">{t('print:slip.counterTitle')}</p>
          {counter.map((l) => (
            <p key={l} class="take-away__counter-block" lang={l} dir={dirOf(l)}>
              {counterPhrases(i18n.getFixedT(l), l, lang, need ? [need] : []).join(' ')}
            </p>
          ))}
        </div>
      )}
      <p class="take-away__footer">
        {t('print:slip.printedOn', { date: printedDate(lang, at) })} {t('finder.paperFooter')}
      </p>
    </section>
  );
}
