import { useT } from '../i18n/use-t';
import { BigButton } from '../ui/big-button';
import { Pictogram } from '../ui/pictogram';
import { displayWebsite } from './contact-links';
import type { FoundPlace } from './finder';

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
          ? t('finder.inCommune', { commune: place.commune })
          : undefined;
  const helpsWith = [...new Set(place.services.map((s) => t(`service.${s}`, { defaultValue: '' })).filter(Boolean))];
  const headingId = `place-${place.id}`;
  return (
    <article class={`place${chosen ? ' place--chosen' : ''}`} aria-labelledby={headingId}>
      <h2 id={headingId} class="place__name">
        {place.name}
      </h2>
      {helpsWith.length > 0 && <p class="place__helps">{t('finder.helpsWith', { list: helpsWith.join(' · ') })}</p>}
      {description && (
        <p class="place__description" lang={descriptionLang}>
          {description}
        </p>
      )}
      <dl class="place__facts">
        <Fact pictogram="place" label={t('help.address')}>
          {address || t('help.addressUnknown')}
          {where && <span class="place__where"> — {where}</span>}
        </Fact>
        {place.phone && (
          <Fact pictogram="phone" label={t('help.phone')} class="place__phone">
            <span data-read-as="digits">{place.phone}</span>
          </Fact>
        )}
        <Fact pictogram="clock" label={t('help.hours')}>
          {found.open === 'unknown' ? (
            <>
              {t('help.hoursUnknown')}
              {place.openingHours && <span class="place__raw-hours"> ({place.openingHours})</span>}
            </>
          ) : (
            <>
              <strong>{found.open === 'open' ? t('finder.openNow') : t('finder.closedNow')}</strong> <span class="place__raw-hours">({place.openingHours})</span>
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
            {place.accessibility}
          </Fact>
        )}
        {place.website && (
          <Fact pictogram="website" label={t('help.website')}>
            {displayWebsite(place.website)}
          </Fact>
        )}
      </dl>
      <p class="place__verified">{place.lastVerified ? t('finder.verifiedOn', { date: place.lastVerified }) : t('finder.notVerified')}</p>
      {onToggle && (
        <BigButton variant="secondary" class="place__choose" pictogram={chosen ? 'check' : 'printer'} aria-pressed={!!chosen} onPress={onToggle}>
          {t('finder.addToPaper')}
        </BigButton>
      )}
    </article>
  );
}
