import { useT } from '../i18n/use-t';
import { Pictogram } from '../ui/pictogram';
import type { Place } from './place';

/** One place: what they do, where, how to reach them. All inventory text is rendered as text. */
export function PlaceCard({ place }: { place: Place }) {
  const { t, lang } = useT();
  const address = [place.streetAddress, [place.postalCode, place.commune].filter(Boolean).join(' ')].filter(Boolean).join(', ');
  const description = place.description[lang] ?? place.description.fr;
  const descriptionLang = place.description[lang] ? lang : 'fr';
  const names = new Intl.DisplayNames([lang], { type: 'language' });
  return (
    <article class="place" aria-labelledby={`place-${place.id}`}>
      <h2 id={`place-${place.id}`} class="place__name">
        {place.name}
      </h2>
      {description && (
        <p class="place__description" lang={descriptionLang}>
          {description}
        </p>
      )}
      <dl class="place__facts">
        <div class="place__fact">
          <dt>
            <Pictogram id="place" size="sm" />
            {t('help.address')}
          </dt>
          <dd>{address || t('help.addressUnknown')}</dd>
        </div>
        {place.phone && (
          <div class="place__fact">
            <dt>
              <Pictogram id="phone" size="sm" />
              {t('help.phone')}
            </dt>
            <dd class="place__phone">{place.phone}</dd>
          </div>
        )}
        {place.website && (
          <div class="place__fact">
            <dt>
              <Pictogram id="website" size="sm" />
              {t('help.website')}
            </dt>
            {/* Shown as text: the public kiosk never navigates to another site. */}
            <dd class="place__website">{place.website.replace(/^https?:\/\//, '').replace(/\/$/, '')}</dd>
          </div>
        )}
        {place.languages.length > 0 && (
          <div class="place__fact">
            <dt>
              <Pictogram id="speech-bubble" size="sm" />
              {t('help.languages')}
            </dt>
            <dd>{place.languages.map((code) => names.of(code) ?? code).join(', ')}</dd>
          </div>
        )}
        <div class="place__fact">
          <dt>
            <Pictogram id="clock" size="sm" />
            {t('help.hours')}
          </dt>
          <dd>{place.openingHours || t('help.hoursUnknown')}</dd>
        </div>
      </dl>
    </article>
  );
}
