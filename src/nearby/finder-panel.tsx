import { useEffect, useMemo, useState } from 'preact/hooks';
import { emitUsage } from '../shell/usage';
import { findLanguage } from '../i18n/languages';
import { useT } from '../i18n/use-t';
import { TakeAwaySlip } from '../print/take-away-slip';
import { printPage } from '../print/print-page';
import { useKioskSettings } from '../shell/settings-context';
import { BigButton } from '../ui/big-button';
import { communeIndex, findPlaces, type FoundPlace } from '../help/finder';
import { needs } from '../help/needs';
import { PlaceCard } from './place-card';
import { usePlacesData } from './use-places-data';

/** How many places fit on a take-away paper. */
export const MAX_ON_PAPER = 3;
/** How many places to show before "Show more": enough to choose, few enough not to overwhelm. */
const PAGE = 5;
/** Below this many places speaking the person's language, nearby others are shown too. */
const MIN_SHOWN = 3;

/**
 * Find people nearby who can help: few big filter chips, nearest first, a take-away paper.
 * Everything chosen here is session state of this component: it goes when the session resets.
 * `topic`: text key of the topic the finder was opened from, for the printed slip's header.
 */
export default function FinderPanel({ topicServices, topic }: { topicServices: readonly string[]; topic?: string | undefined }) {
  const { t, lang } = useT();
  const settings = useKioskSettings();
  const data = usePlacesData();
  const [chosenNeeds, setNeeds] = useState<string[]>([]);
  const [byLanguage, setByLanguage] = useState(true);
  const [openNow, setOpenNow] = useState(false);
  const [shown, setShown] = useState(PAGE);
  const [paper, setPaper] = useState<FoundPlace[]>([]);

  useEffect(() => emitUsage({ type: 'finder-open' }), []);

  const communes = useMemo(() => (data && !(data instanceof Error) ? communeIndex(data.communes) : new Map()), [data]);
  const [results, others] = useMemo((): [FoundPlace[], FoundPlace[]] => {
    if (!data || data instanceof Error) return [[], []];
    const ctx = { communes, location: { communeName: settings.communeName, point: settings.location }, now: new Date() };
    const query = { needs: chosenNeeds, topicServices, openNow };
    const inLanguage = findPlaces(data.places, { ...query, language: byLanguage ? lang : undefined }, ctx);
    if (!byLanguage || inLanguage.length >= MIN_SHOWN) return [inLanguage, []];
    // Few places are known to speak this language: show the nearest others too, said plainly.
    const shownIds = new Set(inLanguage.map((f) => f.place.id));
    return [inLanguage, findPlaces(data.places, query, ctx).filter((f) => !shownIds.has(f.place.id)).slice(0, MIN_SHOWN)];
  }, [data, chosenNeeds, topicServices, byLanguage, lang, openNow, communes, settings]);

  if (data === null) return <p class="help__status">{t('help.loading')}</p>;
  if (data instanceof Error) return <p class="help__status">{t('help.none')}</p>;

  const toggleNeed = (id: string) => {
    if (!chosenNeeds.includes(id)) emitUsage({ type: 'finder-filter', filter: id });
    setShown(PAGE);
    setNeeds((now) => (now.includes(id) ? now.filter((n) => n !== id) : [...now, id]));
  };
  const isOnPaper = (found: FoundPlace) => paper.some((p) => p.place.id === found.place.id);
  const togglePaper = (found: FoundPlace) =>
    setPaper((now) =>
      isOnPaper(found) ? now.filter((p) => p.place.id !== found.place.id) : now.length < MAX_ON_PAPER ? [...now, found] : now,
    );
  const languageName = findLanguage(lang)?.name ?? lang;

  return (
    <div class="finder">
      <div class="finder__filters screen-only" role="group" aria-label={t('finder.filters')}>
        {needs.map((need) => (
          <BigButton key={need.id} variant="secondary" class="chip" pictogram={need.pictogram} aria-pressed={chosenNeeds.includes(need.id)} onPress={() => toggleNeed(need.id)}>
            {t(need.label)}
          </BigButton>
        ))}
        <BigButton variant="secondary" class="chip" pictogram="speech-bubble" aria-pressed={byLanguage} onPress={() => setByLanguage((v) => !v)}>
          {t('finder.speaks', { language: languageName })}
        </BigButton>
        <BigButton
          variant="secondary"
          class="chip"
          pictogram="clock"
          aria-pressed={openNow}
          onPress={() => {
            if (!openNow) emitUsage({ type: 'finder-filter', filter: 'open-now' });
            setOpenNow((v) => !v);
          }}
        >
          {t('finder.openNowFilter')}
        </BigButton>
      </div>
      <p class="finder__count screen-only" role="status">
        {t('finder.count', { count: results.length })}
      </p>
      {results.length === 0 && others.length === 0 && (
        <div class="finder__empty screen-only">
          <p class="step__text">{byLanguage ? t('finder.noneInLanguage', { language: languageName }) : t('finder.noneMatch')}</p>
          <BigButton
            variant="primary"
            pictogram="repeat"
            onPress={() => {
              setNeeds([]);
              setByLanguage(false);
              setOpenNow(false);
            }}
          >
            {t('finder.clearFilters')}
          </BigButton>
        </div>
      )}
      <div class="help__list screen-only">
        {results.slice(0, shown).map((found) => (
          <PlaceCard key={found.place.id} found={found} chosen={isOnPaper(found)} onToggle={settings.printing ? () => togglePaper(found) : undefined} />
        ))}
      </div>
      {others.length > 0 && (
        <section class="finder__others screen-only" aria-labelledby="finder-others">
          <h2 id="finder-others" class="finder__others-title">
            {t('finder.othersTitle', { language: languageName })}
          </h2>
          <div class="help__list">
            {others.map((found) => (
              <PlaceCard key={found.place.id} found={found} chosen={isOnPaper(found)} onToggle={settings.printing ? () => togglePaper(found) : undefined} />
            ))}
          </div>
        </section>
      )}
      {results.length > shown && (
        <div class="finder__more screen-only">
          <BigButton variant="secondary" pictogram="next" onPress={() => setShown((n) => n + PAGE)}>
            {t('finder.showMore')}
          </BigButton>
        </div>
      )}
      {paper.length > 0 && (
        <div class="finder__paper screen-only" role="region" aria-label={t('finder.paperTitle')}>
          <p>{t('finder.onPaper', { count: paper.length, max: MAX_ON_PAPER })}</p>
          <BigButton
            variant="primary"
            pictogram="printer"
            onPress={() => {
              emitUsage({ type: 'slip-printed' });
              printPage();
            }}
          >
            {t('finder.print')}
          </BigButton>
        </div>
      )}
      {paper.length > 0 && <TakeAwaySlip places={paper} topic={topic} />}
    </div>
  );
}
