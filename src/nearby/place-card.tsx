import type { ComponentChildren } from 'preact';
import type { Commune } from '../data/place';
import { dirOf, Isolate, textWith } from '../i18n/isolate';
import { useT } from '../i18n/use-t';
import { BigButton } from '../ui/big-button';
import { Pictogram, type PictogramId } from '../ui/pictogram';
import { displayWebsite } from '../help/contact-links';
import type { FoundPlace } from '../help/finder-answer';
import { hoursSentence, weekLines } from '../help/hours-words';
import { communeName, dataDate, isFreeNumber } from './words';
import './place.css';
import './place-card.css';

/** One labelled fact of a place card. */
function Fact({
  pictogram,
  label,
  children,
  class: extra,
}: {
  pictogram: PictogramId;
  label: string;
  children: ComponentChildren;
  class?: string;
}) {
  return (
    <div class={`place__fact${extra ? ` ${extra}` : ''}`}>
      <dt>
        <Pictogram id={pictogram} size="sm" />
        {label}
      </dt>
      <dd>{children}</dd>
    </div>
  );
}

/**
 * One place: what it helps with, who may come, how to get in, where, when (in words), in which
 * languages, and how fresh the information is. Inventory text is untrusted and rendered as text
 * only; websites are shown, never linked. The staff's `notes` are never shown here.
 * Inventory text keeps its own direction on an Arabic screen: numbers, addresses, hours and web
 * addresses are isolated left to right, French text carries lang="fr", names take the direction
 * of their first letter.
 */
export function PlaceCard({
  found,
  communes,
  now,
  chosen,
  onToggle,
  onShowCounter,
  map,
}: {
  found: FoundPlace;
  communes: readonly Commune[];
  now: Date;
  chosen?: boolean;
  /** Put on / take off the paper (only when the kiosk prints). */
  onToggle?: (() => void) | undefined;
  /** "Show this at the counter". */
  onShowCounter?: (() => void) | undefined;
  /** A small map of where the place is, when there is one to draw. */
  map?: ComponentChildren;
}) {
  const { t, lang } = useT();
  const { place } = found;
  const names = new Intl.DisplayNames([lang], { type: 'language' });
  const description = place.description[lang] ?? place.description.fr ?? '';
  const descriptionLang = place.description[lang] ? lang : 'fr';
  const address = [place.streetAddress, [place.postalCode, place.commune].filter(Boolean).join(' ')].filter(Boolean).join(', ');
  const commune = place.commune ? communeName(place.commune, communes, lang) : '';
  const where =
    found.walkMinutes !== undefined
      ? t('finder.walk', { count: found.walkMinutes })
      : found.sameCommune
        ? t('finder.sameCommune')
        : commune
          ? textWith(t, 'finder.inCommune', {}, { commune: <Isolate lang="fr">{commune}</Isolate> })
          : undefined;
  const helpsWith = [...new Set(place.services.map((s) => t(`service.${s}`, { defaultValue: '' })).filter(Boolean))];
  // A phone service: the number is the way in; "who may come" and "show at the counter" do not apply.
  const byPhone = found.byPhone && place.phone !== '';
  const who = byPhone
    ? undefined
    : place.eligibility === 'anyone'
      ? t('nearby.who.anyone')
      : place.eligibility === 'members'
        ? t('nearby.who.members')
        : place.eligibility === 'residents' && commune
          ? textWith(t, 'nearby.who.residents', {}, { commune: <Isolate lang="fr">{commune}</Isolate> })
          : undefined;
  const ways = place.access.map((a) => t(`nearby.access.${a}`));
  const week = weekLines(place.openingHours, lang);
  const headingId = `place-${place.id}`;
  return (
    <article class={`place${chosen ? ' place--chosen' : ''}${byPhone ? ' place--phone' : ''}`} aria-labelledby={headingId}>
      <h3 id={headingId} class="place__name">
        {/* A name's language is unknown: it takes the direction of its first letter. */}
        <Isolate dir="auto">{place.name}</Isolate>
      </h3>
      {found.residentsOnly && commune && (
        <p class="place__residents">
          <Pictogram id="town-hall" size="sm" />
          <span>{textWith(t, 'nearby.residentsOnly', {}, { commune: <Isolate lang="fr">{commune}</Isolate> })}</span>
        </p>
      )}
      {byPhone && (
        <p class="place__call">
          <Pictogram id="phone" size="lg" />
          <Isolate whole data-read-as="digits" class="place__call-number">
            {place.phone}
          </Isolate>
          {isFreeNumber(place.phone) && <span class="place__free">{t('nearby.freeCall')}</span>}
        </p>
      )}
      {helpsWith.length > 0 && <p class="place__helps">{t('finder.helpsWith', { list: helpsWith.join(' · ') })}</p>}
      {description && (
        <p class="place__description" lang={descriptionLang} dir={dirOf(descriptionLang)}>
          {description}
        </p>
      )}
      <div class={`place__details${map ? ' place__details--map' : ''}`}>
        <dl class="place__facts">
          {who && (
            <Fact pictogram="users" label={t('nearby.who.label')}>
              {who}
            </Fact>
          )}
          {ways.length > 0 && (
            <Fact pictogram="calendar" label={t('nearby.access.label')}>
              {ways.join(' · ')}
            </Fact>
          )}
          {!byPhone && (
            <Fact pictogram="place" label={t('help.address')}>
              {address ? <Isolate lang="fr">{address}</Isolate> : t('help.addressUnknown')}
              {where && <span class="place__where"> — {where}</span>}
            </Fact>
          )}
          {place.phone && !byPhone && (
            <Fact pictogram="phone" label={t('help.phone')} class="place__phone">
              <Isolate whole data-read-as="digits">
                {place.phone}
              </Isolate>
            </Fact>
          )}
          <Fact pictogram="clock" label={t('help.hours')}>
            <strong class="place__hours-now">{hoursSentence(place, now, t, lang)}</strong>
            {week.length > 0 && (
              <span class="place__week">
                {week.map((line) => {
                  // "Mon–Fri 8:00–13:00": the days in the screen's language, the times isolated left
                  // to right so that an Arabic screen does not show "13:00–8:00".
                  const [, days = line, times = ''] = /^(.*?)\s(\d.*)$/.exec(line) ?? [];
                  return (
                    <span key={line} class="place__week-line">
                      {days} <Isolate whole>{times}</Isolate>
                    </span>
                  );
                })}
              </span>
            )}
          </Fact>
          <Fact pictogram="speech-bubble" label={t('help.languages')}>
            {place.languages.length > 0 ? place.languages.map((code) => names.of(code) ?? code).join(', ') : t('nearby.languagesUnknown')}
          </Fact>
          {place.accessibility && (
            <Fact pictogram="accessibility" label={t('finder.accessibility')}>
              <Isolate lang="fr">{place.accessibility}</Isolate>
            </Fact>
          )}
          {place.website && (
            <Fact pictogram="website" label={t('help.website')}>
              <Isolate>{displayWebsite(place.website)}</Isolate>
            </Fact>
          )}
        </dl>
        {map && <div class="place__map">{map}</div>}
      </div>
      <SourcesLine checkedOn={place.checkedOn} checkedHow={place.checkedHow} sourcesReadOn={place.sourcesReadOn} lang={lang} />
      {((onShowCounter && !byPhone) || onToggle) && (
        <div class="place__actions">
          {onShowCounter && !byPhone && (
            <BigButton variant="secondary" class="place__counter" pictogram="speech-bubble" onPress={onShowCounter}>
              {t('nearby.counter.open')}
            </BigButton>
          )}
          {onToggle && (
            <BigButton
              variant="secondary"
              class="place__choose"
              pictogram={chosen ? 'check' : 'printer'}
              aria-pressed={!!chosen}
              onPress={onToggle}
            >
              {t('finder.addToPaper')}
            </BigButton>
          )}
        </div>
      )}
    </article>
  );
}

/**
 * How fresh the details are: checked by a person (by phone, on site) with the date, else read
 * from public sources on a date — never "verified" when nobody checked.
 */
function SourcesLine({
  checkedOn,
  checkedHow,
  sourcesReadOn,
  lang,
}: {
  checkedOn: string;
  checkedHow: string;
  sourcesReadOn: string;
  lang: string;
}) {
  const { t } = useT();
  const checked = dataDate(checkedOn, lang);
  const read = dataDate(sourcesReadOn, lang);
  const date = (d: string) => ({
    date: (
      <Isolate dir={dirOf(lang)} lang={lang}>
        {d}
      </Isolate>
    ),
  });
  const line = checked
    ? textWith(
        t,
        checkedHow === 'site'
          ? 'nearby.sources.checkedOnSite'
          : checkedHow === 'phone'
            ? 'nearby.sources.checkedByPhone'
            : 'nearby.sources.checked',
        {},
        date(checked),
      )
    : read
      ? textWith(t, 'nearby.sources.read', {}, date(read))
      : t('nearby.sources.unknown');
  return <p class="place__sources">{line}</p>;
}
