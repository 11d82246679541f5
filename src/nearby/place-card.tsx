import { dirOf, Isolate, textWith } from '../i18n/isolate';
import { useT } from '../i18n/use-t';
import { BigButton } from '../ui/big-button';
import { Pictogram } from '../ui/pictogram';
import { displayWebsite } from '../help/contact-links';
import type { FoundPlace } from '../help/finder';

/** One labelled fact of a place card. */
function Fact({ pictogram, label, children, class: extra }: { pictogram: string; label: string; children: preact.ComponentChildren; class?: string }) {
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
 * One place: what they do, where and how far, how to reach them, when, in which languages.
 * Inventory text is untrusted and rendered as text only; websites are shown, never linked.
 * Inventory text keeps its own direction on an Arabic screen: numbers, addresses, hours and web
 * addresses are isolated left to right, French text carries lang="fr" (the inventory's free text is
 * French unless a description says otherwise), names take the direction of their first letter.
 */
export function PlaceCard({ found, chosen, onToggle }: { found: FoundPlace; chosen?: boolean; onToggle?: (() => void) | undefined }) {
  const { t, lang } = useT();
  const { place } = found;
  const names = new Intl.DisplayNames([lang], { type: 'language' });
  const description = place.description[lang] ?? place.description.fr ?? '';
  const descriptionLang = place.description[lang] ? lang : 'fr';
  const address = [place.streetAddress, [place.postalCode, place.commune].filter(Boolean).join(' ')].filter(Boolean).join(', ');
  const where =
    found.walkMinutes !== undefined
      ? t('finder.walk', { count: found.walkMinutes })
      : found.sameCommune
        ? t('finder.sameCommune')
        : place.commune
          ? textWith(t, 'finder.inCommune', {}, { commune: <Isolate lang="fr">{place.commune}</Isolate> })
          : undefined;
  const helpsWith = [...new Set(place.services.map((s) => t(`service.${s}`, { defaultValue: '' })).filter(Boolean))];
  const headingId = `place-${place.id}`;
  return (
    <article class={`place${chosen ? ' place--chosen' : ''}`} aria-labelledby={headingId}>
      <h2 id={headingId} class="place__name">
        {/* A name's language is unknown: it takes the direction of its first letter. */}
        <Isolate dir="auto">{place.name}</Isolate>
      </h2>
      {helpsWith.length > 0 && <p class="place__helps">{t('finder.helpsWith', { list: helpsWith.join(' · ') })}</p>}
      {description && (
        <p class="place__description" lang={descriptionLang} dir={dirOf(descriptionLang)}>
          {description}
        </p>
      )}
      <dl class="place__facts">
        <Fact pictogram="place" label={t('help.address')}>
          {address ? <Isolate lang="fr">{address}</Isolate> : t('help.addressUnknown')}
          {where && <span class="place__where"> — {where}</span>}
        </Fact>
        {place.phone && (
          <Fact pictogram="phone" label={t('help.phone')} class="place__phone">
            <Isolate whole data-read-as="digits">{place.phone}</Isolate>
          </Fact>
        )}
        <Fact pictogram="clock" label={t('help.hours')}>
          {found.open === 'unknown' ? (
            <>
              {t('help.hoursUnknown')}
              {place.openingHours && (
                <span class="place__raw-hours">
                  {' ('}
                  <Isolate>{place.openingHours}</Isolate>)
                </span>
              )}
            </>
          ) : (
            <>
              <strong>{found.open === 'open' ? t('finder.openNow') : t('finder.closedNow')}</strong>{' '}
              <span class="place__raw-hours">
                (<Isolate>{place.openingHours}</Isolate>)
              </span>
            </>
          )}
        </Fact>
        {place.languages.length > 0 && (
          <Fact pictogram="speech-bubble" label={t('help.languages')}>
            {place.languages.map((code) => names.of(code) ?? code).join(', ')}
          </Fact>
        )}
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
      <p class="place__verified">{place.checkedOn ? textWith(t, 'finder.verifiedOn', {}, { date: <Isolate>{place.checkedOn}</Isolate> }) : t('finder.notVerified')}</p>
      {onToggle && (
        <BigButton variant="secondary" class="place__choose" pictogram={chosen ? 'check' : 'printer'} aria-pressed={!!chosen} onPress={onToggle}>
          {t('finder.addToPaper')}
        </BigButton>
      )}
    </article>
  );
}
