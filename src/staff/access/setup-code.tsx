import { useEffect, useRef, useState } from 'preact/hooks';
import { useT } from '../../i18n/use-t';
import { MAX_CODE_DIGITS, MIN_CODE_DIGITS, newCodeProblem } from './code-hash';
import { CodePad } from './code-pad';
import { checkSetupToken, setUpCode, type AccessDeps } from './staff-access';

type Problem = 'wrongToken' | 'tooShort' | 'digitsOnly' | 'tooLong' | 'tooSimple' | 'mismatch' | 'exists' | 'storageError';
type Step = 'token' | 'new' | 'again';

/**
 * First step of the set-up, only when no staff code is stored: the set-up token (given by whoever
 * deployed the kiosk, docs/deploy.md), so that a patient who held the corner cannot choose the
 * code; then a code (≥ 6 digits), typed again, hashed and stored. The settings come next.
 * Whatever is refused is cleared from the field, so the next try starts clean.
 */
export function SetupCode({ deps, onDone }: { deps: AccessDeps; onDone: () => void }) {
  const { t } = useT();
  const [step, setStep] = useState<Step>('token');
  const [first, setFirst] = useState('');
  const [value, setValue] = useState('');
  const [problem, setProblem] = useState<Problem | undefined>(undefined);
  const [busy, setBusy] = useState<'checking' | 'saving' | undefined>(undefined);
  const field = useRef<HTMLInputElement>(null);

  useEffect(() => {
    if (!busy) field.current?.focus();
  }, [step, busy]);

  const refuse = (found: Problem) => {
    setValue('');
    setProblem(found);
  };

  const submit = async () => {
    if (step === 'token') {
      setBusy('checking');
      setProblem(undefined);
      const right = await checkSetupToken(value, deps);
      setBusy(undefined);
      if (!right) return refuse('wrongToken');
      setValue('');
      setStep('new');
      return;
    }
    if (step === 'new') {
      const found = newCodeProblem(value);
      if (found) return refuse(found);
      setFirst(value);
      setValue('');
      setProblem(undefined);
      setStep('again');
      return;
    }
    if (value !== first) {
      setFirst('');
      setStep('new');
      return refuse('mismatch');
    }
    setBusy('saving');
    const result = await setUpCode(value, deps);
    setBusy(undefined);
    setValue('');
    setFirst('');
    if (result === 'ok') onDone();
    else setProblem(result);
  };

  const lead = step === 'token' ? t('staff:setup.tokenLead') : t('staff:setup.codeLead', { min: MIN_CODE_DIGITS });
  const label = step === 'token' ? t('staff:setup.token') : step === 'new' ? t('staff:setup.newCode') : t('staff:setup.again');

  return (
    <main id="main" class="staff staff-access" aria-labelledby="staff-setup-title">
      <div class="staff-access__text">
        <h1 id="staff-setup-title" tabIndex={-1}>
          {t('staff:setup.title')}
        </h1>
        <p class="staff__source">{t('staff:setup.step')}</p>
        <p id="staff-setup-lead">{lead}</p>
        <p class="staff-alert" role="alert" id="staff-setup-alert">
          {problem ? t(`staff:setup.problem.${problem}`, { min: MIN_CODE_DIGITS, max: MAX_CODE_DIGITS }) : ''}
        </p>
        <p class="staff__status" role="status">
          {busy === 'saving'
            ? t('staff:setup.saving')
            : busy === 'checking'
              ? t('staff:setup.checking')
              : step === 'again'
                ? t('staff:setup.againHint')
                : ''}
        </p>
      </div>
      <CodePad
        key={step}
        id={step === 'token' ? 'staff-setup-token' : step === 'new' ? 'staff-new-code' : 'staff-new-code-again'}
        label={label}
        value={value}
        onChange={setValue}
        onSubmit={() => void submit()}
        submitLabel={t('staff:setup.next')}
        disabled={busy !== undefined}
        describedBy={problem ? 'staff-setup-lead staff-setup-alert' : 'staff-setup-lead'}
        invalid={problem !== undefined}
        inputRef={field}
      />
    </main>
  );
}
