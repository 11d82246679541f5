import type { InputHTMLAttributes } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import type { StoredPlace } from '../data/db';
import type { Message } from '../data/import/messages';
import { checkRecord, emptyRecord, slugify, uniqueId, type Field } from '../data/import/validate';
import { CATEGORIES, COMMUNES, CONFIDENCES, SERVICE_TAGS } from '../data/import/vocabulary';
import { ACCESS_WAYS, CHECK_METHODS, ELIGIBILITIES, type Access, type Place } from '../data/place';
import { useT } from '../i18n/use-t';
import { describeMessage, fieldOfMessage } from './describe-message';
import { HoursEditor } from './hours-editor';
import { StaffField } from './staff-field';

/** Description languages with their own box in the form (others are kept as they are). */
const FORM_LANGUAGES = ['fr', 'nl', 'en'] as const;

/**
 * The text inputs of the form, by name: the place's own fields (typed as text until saved), the
 * services not in the list, and one description box a form language.
 */
type TextName =
  | Exclude<keyof Place, 'id' | 'services' | 'description' | 'access' | 'hoursSource' | 'sourcesReadOn' | 'publicListing'>
  | 'servicesOther'
  | `description_${(typeof FORM_LANGUAGES)[number]}`;

interface FormState {
  text: Record<TextName, string>;
  services: Set<string>;
  access: Set<Access>;
  publicListing: boolean;
  /** The hours editor has an incomplete time. */
  hoursIncomplete: boolean;
}

function initialState(place: StoredPlace | undefined): FormState {
  const p = place;
  const known = new Set(SERVICE_TAGS);
  return {
    text: {
      name: p?.name ?? '',
      category: p?.category ?? '',
      audience: p?.audience ?? '',
      servicesOther: (p?.services ?? []).filter((s) => !known.has(s)).join('; '),
      languages: (p?.languages ?? []).join('; '),
      streetAddress: p?.streetAddress ?? '',
      postalCode: p?.postalCode ?? '',
      commune: p?.commune ?? '',
      lat: p?.lat == null ? '' : String(p.lat),
      lon: p?.lon == null ? '' : String(p.lon),
      phone: p?.phone ?? '',
      email: p?.email ?? '',
      website: p?.website ?? '',
      openingHours: p?.openingHours ?? '',
      accessibility: p?.accessibility ?? '',
      sources: (p?.sources ?? []).join('\n'),
      checkedOn: p?.checkedOn ?? '',
      checkedHow: p?.checkedHow ?? '',
      eligibility: p?.eligibility ?? '',
      notes: p?.notes ?? '',
      confidence: p?.confidence ?? '',
      description_fr: p?.description.fr ?? '',
      description_nl: p?.description.nl ?? '',
      description_en: p?.description.en ?? '',
    },
    services: new Set((p?.services ?? []).filter((s) => known.has(s))),
    access: new Set(p?.access ?? []),
    publicListing: p?.publicListing ?? true,
    hoursIncomplete: false,
  };
}

/** The form as a record for the import's own checks: the same rules for a file and for the form. */
function recordOf(state: FormState, place: StoredPlace | undefined) {
  const record = emptyRecord(1, false);
  const v = state.text;
  const set = (field: Field, value: unknown) => record.values.set(field, value);
  for (const field of [
    'name',
    'category',
    'audience',
    'languages',
    'streetAddress',
    'postalCode',
    'commune',
    'lat',
    'lon',
    'phone',
    'email',
    'website',
    'openingHours',
    'accessibility',
    'checkedOn',
    'checkedHow',
    'eligibility',
    'notes',
    'confidence',
  ] as const) {
    set(field, v[field]);
  }
  set('services', [...state.services, ...v.servicesOther.split(';')]);
  set('sources', v.sources.split(/\r?\n/u));
  set('publicListing', state.publicListing);
  set(
    'access',
    ACCESS_WAYS.filter((a) => state.access.has(a)),
  );
  // Not edited here (they come with the list's sources), carried through as they are.
  set('hoursSource', place?.hoursSource ?? '');
  set('sourcesReadOn', place?.sourcesReadOn ?? '');
  // Descriptions in languages the form does not show are kept as they were.
  for (const [lang, text] of Object.entries(place?.description ?? {}))
    if (!(FORM_LANGUAGES as readonly string[]).includes(lang)) record.descriptions.set(lang, text);
  for (const lang of FORM_LANGUAGES) record.descriptions.set(lang, v[`description_${lang}`]);
  return record;
}

interface PlaceFormProps {
  /** The place to edit; none to add a new one. */
  place?: StoredPlace | undefined;
  /** Ids in use (a new place gets a new one). */
  takenIds: ReadonlySet<string>;
  onSave: (place: Place) => Promise<void>;
  onCancel: () => void;
}

/** Add or edit one place: labelled fields, errors next to them and in a list at the top. */
export function PlaceForm({ place, takenIds, onSave, onCancel }: PlaceFormProps) {
  const { t, lang } = useT();
  const [state, setState] = useState(() => initialState(place));
  const [errors, setErrors] = useState<Message[]>([]);
  const [saving, setSaving] = useState(false);
  const [hoursProblem, setHoursProblem] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);
  const summary = useRef<HTMLDivElement>(null);

  useEffect(() => heading.current?.focus(), []);

  const setText = (name: TextName, value: string) => setState((s) => ({ ...s, text: { ...s.text, [name]: value } }));
  const toggleService = (tag: string, on: boolean) =>
    setState((s) => {
      const services = new Set(s.services);
      if (on) services.add(tag);
      else services.delete(tag);
      return { ...s, services };
    });

  const errorFor = (name: string) => {
    const found = errors.filter((m) => {
      const field = fieldOfMessage(m);
      return field === name || (name === 'servicesOther' && field === 'services') || (name === 'lat' && field === 'lon');
    });
    return found.length > 0 ? found.map((m) => describeMessage(t, m)).join(' ') : undefined;
  };

  const submit = async (event: Event) => {
    event.preventDefault();
    if (saving) return;
    setHoursProblem(state.hoursIncomplete);
    if (state.hoursIncomplete) {
      queueMicrotask(() => summary.current?.focus());
      return;
    }
    const checked = checkRecord(recordOf(state, place));
    if (!checked.place) {
      setErrors(checked.errors);
      queueMicrotask(() => summary.current?.focus());
      return;
    }
    setErrors([]);
    const id = place?.id ?? uniqueId(slugify(checked.place.name), new Set(takenIds));
    setSaving(true);
    try {
      await onSave({ ...checked.place, id });
    } finally {
      setSaving(false);
    }
  };

  const field = (name: TextName, label: string, options: Partial<InputOptions> = {}) => (
    <TextField
      name={name}
      label={label}
      value={state.text[name]}
      onInput={(value) => setText(name, value)}
      error={errorFor(name)}
      {...options}
    />
  );
  const serviceLabel = (tag: string) => t(`staff:service.${tag}`, { defaultValue: tag });
  const languageName = (code: string) => {
    try {
      return new Intl.DisplayNames([lang], { type: 'language' }).of(code) ?? code;
    } catch {
      return code;
    }
  };

  return (
    <section class="staff__section staff-form" aria-labelledby="staff-form-title">
      <h2 id="staff-form-title" tabIndex={-1} ref={heading}>
        {place ? t('staff:form.editTitle', { name: place.name }) : t('staff:form.addTitle')}
      </h2>
      {(errors.length > 0 || hoursProblem) && (
        <div class="staff-notice staff-notice--error" role="alert" tabIndex={-1} ref={summary}>
          <h3>{t('staff:form.errorsTitle')}</h3>
          <ul>
            {hoursProblem && <li>{t('staff:check.hoursIncomplete')}</li>}
            {errors.map((m, i) => (
              <li key={i}>{describeMessage(t, m)}</li>
            ))}
          </ul>
        </div>
      )}
      <form noValidate onSubmit={(e) => void submit(e)}>
        <fieldset>
          <legend>{t('staff:form.general')}</legend>
          {field('name', t('staff:field.name'), { required: true, autoComplete: 'off' })}
          <SelectField
            name="category"
            label={t('staff:field.category')}
            required
            value={state.text.category}
            onChange={(value) => setText('category', value)}
            error={errorFor('category')}
            options={[['', '—'], ...CATEGORIES.map((c) => [c, t(`staff:category.${c}`)] as [string, string])]}
          />
          {field('audience', t('staff:field.audience'), { multiline: true })}
          <fieldset class="staff-checks">
            <legend>{t('staff:field.services')}</legend>
            {SERVICE_TAGS.map((tag) => (
              <label key={tag} class="staff-check">
                <input type="checkbox" checked={state.services.has(tag)} onChange={(e) => toggleService(tag, e.currentTarget.checked)} />
                <span>{serviceLabel(tag)}</span>
              </label>
            ))}
          </fieldset>
          {field('servicesOther', t('staff:field.servicesOther'), { hint: t('staff:hint.servicesOther') })}
          {field('languages', t('staff:field.languages'), { hint: t('staff:hint.languages') })}
        </fieldset>

        <fieldset>
          <legend>{t('staff:form.address')}</legend>
          {field('streetAddress', t('staff:field.streetAddress'))}
          {field('postalCode', t('staff:field.postalCode'), { hint: t('staff:hint.postalCode'), inputMode: 'numeric' })}
          <SelectField
            name="commune"
            label={t('staff:field.commune')}
            value={state.text.commune}
            onChange={(value) => setText('commune', value)}
            error={errorFor('commune')}
            options={[
              ['', t('staff:place.noCommune')],
              ...COMMUNES.map((c) => [c.fr, c.fr === c.nl ? c.fr : `${c.fr} / ${c.nl}`] as [string, string]),
            ]}
          />
          {field('lat', t('staff:field.lat'), { hint: t('staff:hint.coordinates'), inputMode: 'decimal' })}
          {field('lon', t('staff:field.lon'), { inputMode: 'decimal' })}
        </fieldset>

        <fieldset>
          <legend>{t('staff:form.contact')}</legend>
          {field('phone', t('staff:field.phone'), { type: 'tel' })}
          {field('email', t('staff:field.email'), { type: 'email' })}
          {field('website', t('staff:field.website'), { type: 'url', hint: t('staff:hint.website') })}
        </fieldset>

        <HoursEditor
          value={place?.openingHours ?? ''}
          onChange={(osm) =>
            setState((s) => ({ ...s, hoursIncomplete: osm === null, text: { ...s.text, openingHours: osm ?? s.text.openingHours } }))
          }
        />

        <fieldset>
          <legend>{t('staff:field.access')}</legend>
          <SelectField
            name="eligibility"
            label={t('staff:field.eligibility')}
            value={state.text.eligibility}
            onChange={(value) => setText('eligibility', value)}
            error={errorFor('eligibility')}
            options={[
              ['', t('staff:check.eligibility.unknown')],
              ...ELIGIBILITIES.map((e) => [e, t(`staff:check.eligibility.${e}`)] as [string, string]),
            ]}
          />
          <fieldset class="staff-checks">
            <legend>{t('staff:check.access.legend')}</legend>
            {ACCESS_WAYS.map((way) => (
              <label key={way} class="staff-check">
                <input
                  type="checkbox"
                  checked={state.access.has(way)}
                  onChange={(e) => {
                    const on = e.currentTarget.checked;
                    setState((s) => {
                      const access = new Set(s.access);
                      if (on) access.add(way);
                      else access.delete(way);
                      return { ...s, access };
                    });
                  }}
                />
                <span>{t(`staff:check.access.${way}`)}</span>
              </label>
            ))}
          </fieldset>
        </fieldset>

        <fieldset>
          <legend>{t('staff:form.about')}</legend>
          {FORM_LANGUAGES.map((code) =>
            field(`description_${code}`, t('staff:field.descriptionIn', { lang: languageName(code) }), { multiline: true }),
          )}
          {field('accessibility', t('staff:field.accessibility'), { multiline: true })}
        </fieldset>

        <fieldset>
          <legend>{t('staff:form.check')}</legend>
          {field('sources', t('staff:field.sources'), { multiline: true, hint: t('staff:hint.sources') })}
          {field('checkedOn', t('staff:field.checkedOn'), { type: 'date' })}
          <SelectField
            name="checkedHow"
            label={t('staff:check.form.checkedHow')}
            value={state.text.checkedHow}
            onChange={(value) => setText('checkedHow', value)}
            error={errorFor('checkedHow')}
            options={[
              ['', t('staff:check.form.notChecked')],
              ...CHECK_METHODS.map((m) => [m, t(`staff:check.how.${m}`)] as [string, string]),
            ]}
          />
          {place?.sourcesReadOn && <p class="staff-field__hint">{t('staff:check.form.sourcesReadOn', { date: place.sourcesReadOn })}</p>}
          {place?.hoursSource && <p class="staff-field__hint">{t('staff:check.form.hoursSource', { source: place.hoursSource })}</p>}
          {field('notes', t('staff:field.notes'), { multiline: true })}
          <SelectField
            name="confidence"
            label={t('staff:field.confidence')}
            value={state.text.confidence}
            onChange={(value) => setText('confidence', value)}
            error={errorFor('confidence')}
            options={[['', t('staff:confidence.none')], ...CONFIDENCES.map((c) => [c, t(`staff:confidence.${c}`)] as [string, string])]}
          />
          <label class="staff-check">
            <input
              type="checkbox"
              checked={state.publicListing}
              onChange={(e) => setState((s) => ({ ...s, publicListing: e.currentTarget.checked }))}
            />
            <span>{t('staff:field.publicListing')}</span>
          </label>
        </fieldset>

        <div class="staff__actions">
          <button type="submit" class="btn btn--primary" disabled={saving}>
            {t('staff:form.save')}
          </button>
          <button type="button" class="btn btn--secondary" onClick={onCancel}>
            {t('staff:form.cancel')}
          </button>
        </div>
      </form>
    </section>
  );
}

interface InputOptions {
  multiline: boolean;
  required: boolean;
  hint: string;
  type: 'text' | 'tel' | 'email' | 'url' | 'date';
  inputMode: 'numeric' | 'decimal';
  autoComplete: string;
}

interface TextFieldProps extends Partial<InputOptions> {
  name: string;
  label: string;
  value: string;
  onInput: (value: string) => void;
  error?: string | undefined;
}

function TextField({
  name,
  label,
  value,
  onInput,
  error,
  multiline,
  required,
  hint,
  type = 'text',
  inputMode,
  autoComplete,
}: TextFieldProps) {
  const id = `staff-field-${name}`;
  return (
    <StaffField id={id} label={label} required={required} hint={hint} error={error}>
      {(describedBy) => {
        const common = {
          id,
          name,
          value,
          'aria-invalid': error ? ('true' as const) : undefined,
          'aria-required': required ? ('true' as const) : undefined,
          'aria-describedby': describedBy,
          onInput: (e: Event) => onInput((e.currentTarget as HTMLInputElement | HTMLTextAreaElement).value),
        };
        return multiline ? (
          <textarea {...common} rows={4} />
        ) : (
          <input {...({ ...common, type, inputMode, autoComplete } as InputHTMLAttributes<HTMLInputElement>)} />
        );
      }}
    </StaffField>
  );
}

interface SelectFieldProps {
  name: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  options: readonly (readonly [string, string])[];
  required?: boolean;
  error?: string | undefined;
}

/** A big native select with its label. */
export function SelectField({ name, label, value, onChange, options, required, error }: SelectFieldProps) {
  return (
    <StaffField id={`staff-field-${name}`} label={label} required={required} error={error}>
      {(describedBy) => (
        <select
          id={`staff-field-${name}`}
          name={name}
          value={value}
          aria-invalid={error ? 'true' : undefined}
          aria-required={required ? 'true' : undefined}
          aria-describedby={describedBy}
          onChange={(e) => onChange(e.currentTarget.value)}
        >
          {options.map(([v, text]) => (
            <option key={v} value={v}>
              {text}
            </option>
          ))}
        </select>
      )}
    </StaffField>
  );
}
