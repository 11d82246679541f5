import type { FoundPlace } from '../help/finder';
import { displayWebsite, safeWebsite, telUri } from '../help/contact-links';
import { Isolate } from '../i18n/isolate';
import { useT } from '../i18n/use-t';
import { useKioskSettings } from '../shell/settings-context';
import { Pictogram } from '../ui/pictogram';
import { PrintHeader } from './print-header';
import { QrCode } from './qr-code';

/**
 * The paper a person takes away: the chosen places, in their language, with pictograms and a
 * QR code each (phone, else website). Nothing about the person is on it. Printed only.
 * `topic` (a text key) is what the person was looking at: the topic, or "help nearby".
 *
 * On an Arabic paper, the place's details keep their own order (see src/i18n/isolate.tsx): a
 * phone number printed right to left would be dialled wrong.
 */
export function TakeAwaySlip({ places, topic = 'help.title' }: { places: readonly FoundPlace[]; topic?: string | undefined }) {
  const { t, lang } = useT();
  const { paperSize } = useKioskSettings();
  return (
    <section class={`take-away take-away--${paperSize} print-only`} aria-hidden="true">
      <PrintHeader t={t} lang={lang} topic={t(topic)} />
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
              <h2>
                <Isolate dir="auto">{place.name}</Isolate>
              </h2>
              <p>
                <Pictogram id="place" size="sm" /> {address ? <Isolate lang="fr">{address}</Isolate> : t('help.addressUnknown')}
              </p>
              {place.phone && (
                <p class="take-away__phone">
                  <Pictogram id="phone" size="sm" /> <Isolate whole>{place.phone}</Isolate>
                </p>
              )}
              {place.website && (
                <p>
                  <Pictogram id="website" size="sm" /> <Isolate>{displayWebsite(place.website)}</Isolate>
                </p>
              )}
              <p>
                <Pictogram id="clock" size="sm" /> {place.openingHours ? <Isolate>{place.openingHours}</Isolate> : t('help.hoursUnknown')}
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
