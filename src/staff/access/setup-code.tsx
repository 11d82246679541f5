import { useEffect, useRef, useState } from 'preact/hooks';
import { useT } from '../../i18n/use-t';
import { MAX_CODE_DIGITS, MIN_CODE_DIGITS, newCodeProblem } from './code-hash';
import { CodePad } from './code-pad';
import { setUpCode, type AccessDeps } from './staff-access';

type Problem = 'tooShort' | 'digitsOnly' | 'tooLong' | 'tooSimple' | 'mismatch' | 'exists' | 'storageError';

/**
 * First step of the set-up, only when no staff code is stored: choose a code (≥ 6 digits),
 * type it again, then it is hashed and stored. The settings come next.
 */
export function SetupCode({ deps, onDone, steps }: { deps: AccessDeps; onDone: () => void; steps: number }) {
  const { t } = useT();
  const [step, setStep] = useState<'new' | 'again'>('new');
  const [first, setFirst] = useState('');
  const [value, setValue] = useState('');
  const [problem, setProblem] = useState<Problem | undefined>(undefined);
  const [saving, setSaving] = useState(false);
  const field = useRef<HTMLInputElement>(null);

  useEffect(() => field.current?.focus(), [step]);

  const submit = async () => {
    if (step === 'new') {
      const found = newCodeProblem(value);
      if (found) {
        setProblem(found);
        return;
      }
      setFirst(value);
      setValue('');
      setProblem(undefined);
      setStep('again');
      return;
    }
    if (value !== first) {
      setFirst('');
      setValue('');
      setProblem('mismatch');
      setStep('new');
      return;
    }
    setSaving(true);
    const result = await setUpCode(value, deps);
    setSaving(false);
    setValue('');
    setFirst('');
    if (result === 'ok') onDone();
    else setProblem(result);
  };

  return (
    <main id="main" class="staff" aria-labelledby="staff-setup-title">
      <h1 id="staff-setup-title" tabIndex={-1}>
        {t('staff:setup.title')}
      </h1>
      <p class="staff__source">{t('staff:setup.step', { current: 1, total: steps })}</p>
      <p id="staff-setup-lead">{t('staff:setup.codeLead', { min: MIN_CODE_DIGITS })}</p>
      <p class="staff-alert" role="alert" id="staff-setup-alert">
        {problem ? t(`staff:setup.problem.${problem}`, { min: MIN_CODE_DIGITS, max: MAX_CODE_DIGITS }) : ''}
      </p>
      <p class="staff__status" role="status">
        {saving ? t('staff:setup.saving') : step === 'again' ? t('staff:setup.againHint') : ''}
      </p>
      <CodePad
        key={step}
        id={step === 'new' ? 'staff-new-code' : 'staff-new-code-again'}
        label={step === 'new' ? t('staff:setup.newCode') : t('staff:setup.again')}
        value={value}
        onChange={setValue}
        onSubmit={() => void submit()}
        submitLabel={t('staff:setup.next')}
        disabled={saving}
        describedBy={problem ? 'staff-setup-lead staff-setup-alert' : 'staff-setup-lead'}
        invalid={problem !== undefined}
        inputRef={field}
      />
    </main>
  );
}
