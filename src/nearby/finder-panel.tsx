import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { emitUsage } from '../shell/usage';
import { findLanguage } from '../i18n/languages';
import { useT } from '../i18n/use-t';
import { TakeAwaySlip } from '../print/take-away-slip';
import { printPage } from '../print/print-page';
import { useKioskSettings } from '../shell/settings-context';
import { BigButton } from '../ui/big-button';
import { answerNeed, communeIndex, type FinderAnswer, type FoundPlace } from '../help/finder';
import { needs } from '../help/needs';
import { CommuneMap } from '../map/commune-map';
import { AnswerList, shownCount } from './answer-list';
import { CounterCard } from './counter-card';
import { PlaceCard } from './place-card';
import { ResidenceQuestion } from './residence-question';
import { useResidence } from './residence-store';
import { usePlacesData } from './use-places-data';
import './help-status.css';
import './finder-panel.css';

/** How many places fit on a take-away paper. */
export const MAX_ON_PAPER = 3;
/** How many walk-in places to show before "Show more": enough to choose, few enough not to overwhelm. */
const PAGE = 5;

/** The needs a person asks for: the chips chosen, else those the topic is about; none = help in general. */
function askedNeeds(chosen: readonly string[], topicServices: readonly string[]): string[] {
  if (chosen.length > 0) return [...chosen];
  return needs.filter((n) => n.services.some((s) => topicServices.includes(s))).map((n) => n.id);
}

/**
 * Find people nearby who can help: few big need chips, then the finder's answer in groups
 * (src/help/finder.ts decides who is listed and in which order). When the need is served only by
 * one's own commune, "Where do you live?" is asked once a session (the answer lives in the
 * session store, wiped at reset, never counted). "Show this at the counter" opens a screen
 * saying the need in the person's language, French and Dutch. A take-away paper.
 * `topic`: text key of the topic the finder was opened from, for the printed slip's header.
 */
export default function FinderPanel({ topicServices, topic }: { topicServices: readonly string[]; topic?: string | undefined }) {
  const { t, lang } = useT();
  const settings = useKioskSettings();
  const data = usePlacesData();
  const [residence, setResidence] = useResidence();
  const [chosenNeeds, setNeeds] = useState<string[]>([]);
  const [byLanguage, setByLanguage] = useState(true);
  const [openNow, setOpenNow] = useState(false);
  const [shown, setShown] = useState(PAGE);
  const [paper, setPaper] = useState<FoundPlace[]>([]);
  const [counter, setCounter] = useState(false);
  const [asking, setAsking] = useState(false);
  // The control that opened the counter card gets the focus back on "Back to the list".
  const openerRef = useRef<HTMLElement | null>(null);
  // Right after "Where do you live?", the list starts in sight at its first heading.
  const [justAnswered, setJustAnswered] = useState(false);

  useEffect(() => emitUsage({ type: 'finder-open' }), []);

  const communes = useMemo(() => (data && !(data instanceof Error) ? communeIndex(data.communes) : new Map()), [data]);
  // The clock is read again with every new answer (a need, "open now" or the commune changed).
  const result = useMemo((): { answer: FinderAnswer; now: Date } | undefined => {
    if (!data || data instanceof Error) return undefined;
    const now = new Date();
    const ctx = { communes, location: { communeName: settings.communeName, point: settings.location }, now };
    const query = {
      needs: chosenNeeds,
      topicServices,
      openNow,
      language: byLanguage ? lang : undefined,
      residence,
      counterHelp: settings.counterHelp,
    };
    return { answer: answerNeed(data.places, query, ctx), now };
  }, [data, chosenNeeds, topicServices, byLanguage, lang, openNow, communes, settings, residence]);
  const answer = result?.answer;

  // "Open now" is offered only when it can change something; hidden, it no longer filters.
  const openNowUseful = answer?.openNowUseful ?? false;
  useEffect(() => {
    if (!openNowUseful && openNow) setOpenNow(false);
  }, [openNowUseful, openNow]);
  useEffect(() => {
    if (!counter && openerRef.current?.isConnected) openerRef.current.focus();
  }, [counter]);

  if (data === null) return <p class="help__status">{t('help.loading')}</p>;
  if (data instanceof Error || !result || !answer) return <p class="help__status">{t('help.none')}</p>;

  const needIds = askedNeeds(chosenNeeds, topicServices);
  // "Where do you live?" comes first when the need is one only the person's own commune serves
  // (the eID chip, social help, or the end of the eID topic); "Change" asks again.
  const ask = answer.askResidence || asking;

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
  const showCounter = () => {
    openerRef.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    setCounter(true);
  };
  const languageName = findLanguage(lang)?.name ?? lang;
  const count = shownCount(answer, shown);
  const listed = answer.inLanguage.length + answer.others.length;
  const empty = count === 0 && !answer.askHere && !answer.ownCommuneHint;

  const card = (found: FoundPlace) => (
    <PlaceCard
      key={found.place.id}
      found={found}
      communes={data.communes}
      now={result.now}
      chosen={isOnPaper(found)}
      onToggle={settings.printing ? () => togglePaper(found) : undefined}
      onShowCounter={showCounter}
      map={
        found.place.commune && !found.byPhone ? (
          <CommuneMap communes={data.communes} here={settings.communeName} highlight={found.place.commune} size="card" />
        ) : undefined
      }
    />
  );

  return (
    <div class="finder">
      <div class="finder__filters screen-only" role="group" aria-label={t('finder.filters')}>
        {needs.map((need) => (
          <BigButton
            key={need.id}
            variant="secondary"
            class="chip"
            pictogram={need.pictogram}
            aria-pressed={chosenNeeds.includes(need.id)}
            onPress={() => toggleNeed(need.id)}
          >
            {t(need.label)}
          </BigButton>
        ))}
        <BigButton
          variant="secondary"
          class="chip"
          pictogram="speech-bubble"
          aria-pressed={byLanguage}
          onPress={() => setByLanguage((v) => !v)}
        >
          {t('finder.speaks', { language: languageName })}
        </BigButton>
        {openNowUseful && (
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
        )}
      </div>
      {ask ? (
        // Never counted, never stored: the answer goes to the session store only.
        <ResidenceQuestion
          communes={data.communes}
          onAnswer={(answered) => {
            setJustAnswered(true);
            setAsking(false);
            setResidence(answered);
          }}
        />
      ) : (
        <>
          {count > 0 && (
            <p class="finder__count screen-only" role="status">
              {t('finder.count', { count })}
            </p>
          )}
          {empty && (
            <div class="finder__empty screen-only">
              <p class="step__text">{t('finder.noneMatch')}</p>
              <BigButton
                variant="primary"
                pictogram="repeat"
                onPress={() => {
                  setNeeds([]);
                  setOpenNow(false);
                }}
              >
                {t('finder.clearFilters')}
              </BigButton>
            </div>
          )}
          <div class="screen-only">
            <AnswerList
              answer={answer}
              residence={residence}
              needIds={needIds}
              communes={data.communes}
              language={byLanguage ? languageName : undefined}
              shown={shown}
              card={card}
              onChangeResidence={() => setResidence(undefined)}
              onShowCounter={showCounter}
              focusFirst={justAnswered}
            />
          </div>
          {listed > shown && (
            <div class="finder__more screen-only">
              <BigButton variant="secondary" pictogram="next" onPress={() => setShown((n) => n + PAGE)}>
                {t('finder.showMore')}
              </BigButton>
            </div>
          )}
        </>
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
      {paper.length > 0 && (
        <TakeAwaySlip places={paper} topic={topic} need={needIds.includes('eid') ? 'eid' : needIds[0]} communes={data.communes} />
      )}
      {counter && <CounterCard needIds={needIds.length > 0 ? needIds : ['any']} onBack={() => setCounter(false)} />}
    </div>
  );
}
