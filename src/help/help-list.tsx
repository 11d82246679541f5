import { useT } from '../i18n/use-t';
import { PlaceCard } from './place-card';
import { rankPlaces } from './rank-places';
import { usePlaces } from './use-places';

/** How many places to show at once: enough to choose, few enough not to overwhelm. */
const SHOWN = 5;

/** The places that offer the wanted kinds of help, most useful first. */
export function HelpList({ services, communeName }: { services: readonly string[]; communeName: string }) {
  const { t } = useT();
  const places = usePlaces();
  if (places === null) return <p class="help__status">{t('help.loading')}</p>;
  if (places instanceof Error) return <p class="help__status">{t('help.none')}</p>;
  const ranked = rankPlaces(places, services, communeName).slice(0, SHOWN);
  if (ranked.length === 0) return <p class="help__status">{t('help.none')}</p>;
  return (
    <div class="help__list">
      {ranked.map((place) => (
        <PlaceCard key={place.id} place={place} />
      ))}
    </div>
  );
}
