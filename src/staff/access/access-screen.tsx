import { useEffect, useRef, useState } from 'preact/hooks';
import { useT } from '../../i18n/use-t';
import { CodePad } from './code-pad';
import { MAX_FAILURES } from './lockout';
import { accessState, tryCode, type AccessDeps, type AccessState } from './staff-access';
import { waitText } from './wait-text';

type Notice = { kind: 'wrong'; triesLeft: number; waitMs: number } | { kind: 'empty' } | { kind: 'storageError' } | undefined;

/**
 * The staff code pad. Wrong codes slow down (the wait is shown and counts down) and, after
 * MAX_FAILURES in a row, staff access stays locked until the code is reset on the device.
 */
export function AccessScreen({ deps, onUnlocked }: { deps: AccessDeps; onUnlocked: () => void }) {
  const { t, lang } = useT();
  const [state, setState] = useState<AccessState>(() => accessState(deps));
  const [code, setCode] = useState('');
  const [checking, setChecking] = useState(false);
  const [notice, setNotice] = useState<Notice>(undefined);
  const field = useRef<HTMLInputElement>(null);
  const waiting = state.kind === 'ready' && state.check.kind === 'wait';

  // While a wait runs, look again every second (the wait is kept on the device, not here).
  useEffect(() => {
    if (!waiting) return;
    const timer = setInterval(() => setState(accessState(deps)), 1000);
    return () => clearInterval(timer);
  }, [waiting, deps]);

  // The field takes focus whenever it can be used again.
  useEffect(() => {
    if (!waiting && !checking) field.current?.focus();
  }, [waiting, checking]);

  const submit = async () => {
    if (code === '') {
      setNotice({ kind: 'empty' });
      return;
    }
    setChecking(true);
    setNotice(undefined);
    const result = await tryCode(code, deps);
    setCode('');
    setChecking(false);
    if (result.kind === 'ok') {
      onUnlocked();
      return;
    }
    if (result.kind === 'wrong')
      setNotice({ kind: 'wrong', triesLeft: result.triesLeft, waitMs: result.next.kind === 'wait' ? result.next.ms : 0 });
    if (result.kind === 'storageError') setNotice({ kind: 'storageError' });
    setState(accessState(deps));
  };

  const title = (
    <h1 id="staff-access-title" tabIndex={-1}>
      {t('staff:access.title')}
    </h1>
  );

  if (state.kind === 'damaged' || (state.kind === 'ready' && state.check.kind === 'locked')) {
    return (
      <main id="main" class="staff" aria-labelledby="staff-access-title">
        {title}
        <p class="staff-alert" role="alert">
          {state.kind === 'damaged' ? t('staff:access.damaged') : t('staff:access.locked', { max: MAX_FAILURES })}
        </p>
        <p class="staff-access__message">{t('staff:access.resetHow')}</p>
      </main>
    );
  }

  const wait = state.kind === 'ready' && state.check.kind === 'wait' ? state.check.ms : 0;
  const alertText =
    notice?.kind === 'wrong'
      ? notice.waitMs > 0
        ? `${t('staff:access.wrong', { count: notice.triesLeft })} ${t('staff:access.waitAfter', { time: waitText(notice.waitMs, lang) })}`
        : t('staff:access.wrong', { count: notice.triesLeft })
      : notice?.kind === 'empty'
        ? t('staff:access.empty')
        : notice?.kind === 'storageError'
          ? t('staff:access.storageError')
          : '';

  return (
    <main id="main" class="staff staff-access" aria-labelledby="staff-access-title">
      <div class="staff-access__text">
        {title}
        <p id="staff-access-lead">{t('staff:access.lead')}</p>
        <p class="staff-alert" role="alert" id="staff-access-alert">
          {alertText}
        </p>
        {/* Not live: a countdown read out every second would drown everything else. */}
        {wait > 0 && (
          <p class="staff__status" aria-live="off">
            {t('staff:access.wait', { time: waitText(wait, lang) })}
          </p>
        )}
        <p class="staff__status" role="status">
          {checking ? t('staff:access.checking') : ''}
        </p>
      </div>
      <CodePad
        id="staff-code"
        label={t('staff:access.code')}
        value={code}
        onChange={setCode}
        onSubmit={() => void submit()}
        submitLabel={t('staff:access.submit')}
        disabled={checking || wait > 0}
        describedBy={alertText ? 'staff-access-lead staff-access-alert' : 'staff-access-lead'}
        invalid={notice?.kind === 'wrong'}
        inputRef={field}
      />
    </main>
  );
}
