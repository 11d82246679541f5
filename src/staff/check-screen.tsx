import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { KioskDatabase, StoredPlace } from '../data/db';
import { cleanText } from '../data/import/validate';
import { COMMUNES } from '../data/import/vocabulary';
import { saveStaffPlace } from '../data/inventory-store';
import { ACCESS_WAYS, ELIGIBILITIES, type Access, type CheckMethod, type Commune, type Eligibility, type Place } from '../data/place';
import { languages as kioskLanguages } from '../i18n/languages';
import { useT } from '../i18n/use-t';
import type { KioskSettings } from '../shell/settings';
import { BigButton } from '../ui/big-button';
import { localIsoDate, placesToCheck } from './check-list';
import { HoursEditor } from './hours-editor';
import './check.css';

/** Places listed at first, and added by each "show more". */
const PAGE = 10;

/** The services a phone call confirms or rules out (help with eID/PIN, with e-health). */
const HELP_SERVICES = { eid: 'eid-pin-help', ehealth: 'shared-record-help' } as const;

/** A date (ISO) in the staff's words, without the time. */
function longDate(iso: string, lang: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  try {
    return new Intl.DateTimeFormat(lang, { dateStyle: 'long' }).format(new Date(y!, m! - 1, d));
  } catch {
    return iso;
  }
}

interface CheckScreenProps {
  db: KioskDatabase;
  places: readonly StoredPlace[];
  settings: KioskSettings;
  communes: readonly Commune[];
  /** Called after a check was saved (the directory reloads its list). */
  onSaved: () => Promise<void>;
  onBack: () => void;
  now?: () => Date;
}

/** The device's clock (one function, so that the list is not worked out again at every render). */
const systemClock = () => new Date();

/**
 * "Check the places near this kiosk": the nearest public places never checked or not for six
 * months, what to ask on the phone, and a form that records the answers with the date and how.
 */
export function CheckScreen({ db, places, settings, communes, onSaved, onBack, now = systemClock }: CheckScreenProps) {
  const { t, lang } = useT();
  const [shown, setShown] = useState(PAGE);
  const [checking, setChecking] = useState<StoredPlace | null>(null);
  const [status, setStatus] = useState('');
  const heading = useRef<HTMLHeadingElement>(null);
  const due = useMemo(
    () => placesToCheck(places, communes, { communeName: settings.communeName, point: settings.location }, now()),
    // `now` is a clock: read again whenever the list changes.
    [places, communes, settings, now],
  );
  const commune = COMMUNES.find((c) => c.fr === settings.communeName);

  useEffect(() => heading.current?.focus(), [checking]);

  if (checking) {
    return (
      <CheckForm
        place={checking}
        onCancel={() => setChecking(null)}
        onSave={async (place) => {
          try {
            await saveStaffPlace(db, place, checking);
          } catch {
            return t('staff:check.saveFailed');
          }
          // The list is read again first: the status then speaks of a list the place has left.
          await onSaved();
          setStatus(t('staff:check.saved', { name: place.name, date: longDate(place.checkedOn, lang) }));
          setChecking(null);
          return undefined;
        }}
      />
    );
  }

  return (
    <section class="staff__section" aria-labelledby="place-check-title">
      <h2 id="place-check-title" tabIndex={-1} ref={heading}>
        {t('staff:check.title')}
      </h2>
      <p>{t('staff:check.lead')}</p>
      <p class="staff__source">
        {t('staff:check.near', { commune: commune && commune.nl !== commune.fr ? `${commune.fr} / ${commune.nl}` : settings.communeName })}
      </p>
      <p role="status" class="staff__status">
        {status}
      </p>
      <p class="staff__count">{due.length === 0 ? t('staff:check.none') : t('staff:check.count', { count: due.length })}</p>
      <ol class="place-check__list" aria-label={t('staff:check.listLabel')}>
        {due.slice(0, shown).map((p) => (
          <li key={p.id} class="place-check__item">
            <h3>{p.name}</h3>
            <p>
              {[p.streetAddress, [p.postalCode, p.commune].filter(Boolean).join(' ')].filter(Boolean).join(', ')}
              {' · '}
              {p.checkedOn ? t('staff:check.lastChecked', { date: longDate(p.checkedOn, lang) }) : t('staff:check.never')}
            </p>
            {p.phone ? <p class="place-check__phone">{p.phone}</p> : <p>{t('staff:check.noPhone')}</p>}
            <BigButton variant="primary" aria-label={t('staff:check.startLabel', { name: p.name })} onPress={() => setChecking(p)}>
              {t('staff:check.start')}
            </BigButton>
          </li>
        ))}
      </ol>
      <div class="staff__actions">
        {due.length > shown && (
          <BigButton variant="secondary" onPress={() => setShown((n) => n + PAGE)}>
            {t('staff:check.more')}
          </BigButton>
        )}
        <BigButton variant="secondary" onPress={onBack}>
          {t('staff:check.back')}
        </BigButton>
      </div>
    </section>
  );
}

interface CheckFormProps {
  place: StoredPlace;
  /** Saves; returns an error to show, or nothing. */
  onSave: (place: Place) => Promise<string | undefined>;
  onCancel: () => void;
  now?: () => Date;
}

/** One place: the number to call, what to ask, the answers, how it was checked. */
function CheckForm({ place, onSave, onCancel, now = () => new Date() }: CheckFormProps) {
  const { t, lang } = useT();
  const [hours, setHours] = useState<string | null>(place.openingHours);
  const [access, setAccess] = useState<Access[]>(place.access);
  const [spoken, setSpoken] = useState<string[]>(place.languages);
  const [eligibility, setEligibility] = useState<Eligibility>(place.eligibility);
  const [services, setServices] = useState<string[]>(place.services);
  const [notes, setNotes] = useState(place.notes);
  const [how, setHow] = useState<CheckMethod>('');
  const [error, setError] = useState('');
  const [saving, setSaving] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);
  const errorBox = useRef<HTMLParagraphElement>(null);
  useEffect(() => heading.current?.focus(), []);

  const names = new Intl.DisplayNames([lang], { type: 'language' });
  const offered = kioskLanguages.map((l) => l.code);
  const others = spoken.filter((c) => !offered.includes(c));
  const toggle = <T,>(list: T[], item: T, on: boolean): T[] =>
    on ? (list.includes(item) ? list : [...list, item]) : list.filter((x) => x !== item);

  const submit = async (event: Event) => {
    event.preventDefault();
    if (saving) return;
    const problem = hours === null ? t('staff:check.hoursIncomplete') : how === '' ? t('staff:check.how.missing') : '';
    if (problem) {
      setError(problem);
      queueMicrotask(() => errorBox.current?.focus());
      return;
    }
    setSaving(true);
    const failed = await onSave({
      ...place,
      openingHours: hours!,
      access: ACCESS_WAYS.filter((a) => access.includes(a)),
      languages: spoken,
      eligibility,
      services,
      notes: cleanText(notes, true).text,
      checkedOn: localIsoDate(now()),
      checkedHow: how,
    });
    setSaving(false);
    if (failed) setError(failed);
  };

  return (
    <section class="staff__section" aria-labelledby="place-check-form-title">
      <h2 id="place-check-form-title" tabIndex={-1} ref={heading}>
        {t('staff:check.formTitle', { name: place.name })}
      </h2>
      {place.phone ? (
        <p>
          {t('staff:check.call')} <span class="place-check__phone">{place.phone}</span>
        </p>
      ) : (
        <p>{t('staff:check.noPhone')}</p>
      )}
      <div class="place-check__ask">
        <h3>{t('staff:check.ask.title')}</h3>
        <ol>
          {(['hours', 'access', 'languages', 'eligibility', 'help'] as const).map((k) => (
            <li key={k}>{t(`staff:check.ask.${k}`)}</li>
          ))}
        </ol>
      </div>
      {error && (
        <p class="staff-notice staff-notice--error" role="alert" tabIndex={-1} ref={errorBox}>
          {error}
        </p>
      )}
      <form noValidate onSubmit={(e) => void submit(e)}>
        <h3>{t('staff:check.answers')}</h3>
        <HoursEditor value={place.openingHours} onChange={setHours} />
        <fieldset class="staff-checks">
          <legend>{t('staff:check.access.legend')}</legend>
          {ACCESS_WAYS.map((way) => (
            <label key={way} class="staff-check">
              <input
                type="checkbox"
                checked={access.includes(way)}
                onChange={(e) => setAccess((a) => toggle(a, way, e.currentTarget.checked))}
              />
              <span>{t(`staff:check.access.${way}`)}</span>
            </label>
          ))}
        </fieldset>
        <fieldset class="staff-checks">
          <legend>{t('staff:check.languages')}</legend>
          {offered.map((code) => (
            <label key={code} class="staff-check">
              <input
                type="checkbox"
                checked={spoken.includes(code)}
                onChange={(e) => setSpoken((s) => toggle(s, code, e.currentTarget.checked))}
              />
              <span>{names.of(code) ?? code}</span>
            </label>
          ))}
          {others.length > 0 && (
            <p class="staff-field__hint">{t('staff:check.otherLanguages', { list: others.map((c) => names.of(c) ?? c).join(', ') })}</p>
          )}
        </fieldset>
        <fieldset class="staff-radios">
          <legend>{t('staff:check.eligibility.legend')}</legend>
          {(['', ...ELIGIBILITIES] as const).map((value) => (
            <label key={value} class="staff-check">
              <input type="radio" name="check-eligibility" checked={eligibility === value} onChange={() => setEligibility(value)} />
              <span>{t(`staff:check.eligibility.${value || 'unknown'}`)}</span>
            </label>
          ))}
        </fieldset>
        <fieldset class="staff-checks">
          <legend>{t('staff:check.helps.legend')}</legend>
          {(Object.keys(HELP_SERVICES) as (keyof typeof HELP_SERVICES)[]).map((k) => (
            <label key={k} class="staff-check">
              <input
                type="checkbox"
                checked={services.includes(HELP_SERVICES[k])}
                onChange={(e) => setServices((s) => toggle(s, HELP_SERVICES[k], e.currentTarget.checked))}
              />
              <span>{t(`staff:check.helps.${k}`)}</span>
            </label>
          ))}
        </fieldset>
        <div class="staff-field">
          <label htmlFor="check-notes">{t('staff:field.notes')}</label>
          <textarea id="check-notes" rows={3} value={notes} onInput={(e) => setNotes(e.currentTarget.value)} />
        </div>
        <fieldset class="staff-radios">
          <legend>{t('staff:check.how.legend')}</legend>
          {(['phone', 'site'] as const).map((value) => (
            <label key={value} class="staff-check">
              <input type="radio" name="check-how" checked={how === value} onChange={() => setHow(value)} />
              <span>{t(`staff:check.how.${value}`)}</span>
            </label>
          ))}
        </fieldset>
        <div class="staff__actions">
          <button type="submit" class="btn btn--primary" disabled={saving}>
            {t('staff:check.save')}
          </button>
          <button type="button" class="btn btn--secondary" onClick={onCancel}>
            {t('staff:check.cancel')}
          </button>
        </div>
      </form>
    </section>
  );
}
