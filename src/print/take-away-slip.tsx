import type { FoundPlace } from '../help/finder';
import { displayWebsite, safeWebsite, telUri } from '../help/contact-links';
import { useT } from '../i18n/use-t';
import { useKioskSettings } from '../shell/settings-context';
import { Pictogram } from '../ui/pictogram';
import { QrCode } from './qr-code';

/**
 * The paper a person takes away: the chosen places, in their language, with pictograms and a
 * QR code each (phone, else website). Nothing about the person is on it. Printed only.
 */
export function TakeAwaySlip({ places }: { places: readonly FoundPlace[] }) {
  const { t } = useT();
  const { paperSize } = useKioskSettings();
  return (
    <section class={`take-away take-away--${paperSize} print-only`} aria-hidden="true">
      <h1 class="take-away__title">
        <Pictogram id="users" size="lg" />
        {t('finder.paperTitle')}
      </h1>
      <p class="take-away__lead">{t('finder.paperLead')}</p>
      {places.map(({ place }) => {
        const qr = telUri(place.phone) ?? safeWebsite(place.website);
        const address = [place.streetAddress, [place.postalCode, place.commune].filter(Boolean).join(' ')].filter(Boolean).join(', ');
        return (
          <article key={place.id} class="take-away__place">
            <div class="take-away__text">
              <h2>{place.name}</h2>
              <p>
                <Pictogram id="place" size="sm" /> {address || t('help.addressUnknown')}
              </p>
              {place.phone && (
                <p class="take-away__phone">
                  <Pictogram id="phone" size="sm" /> {place.phone}
                </p>
              )}
              {place.website && (
                <p>
                  <Pictogram id="website" size="sm" /> {displayWebsite(place.website)}
                </p>
              )}
              <p>
                <Pictogram id="clock" size="sm" /> {place.openingHours || t('help.hoursUnknown')}
              </p>
            </div>
            {qr && <QrCode value={qr} label={place.phone ? place.phone : displayWebsite(place.website)} />}
          </article>
        );
      })}
      <p class="take-away__footer">{t('finder.paperFooter')}</p>
    </section>
  );
}
