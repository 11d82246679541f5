import { useT } from '../i18n/use-t';
import { lazyComponent } from '../ui/lazy-component';
import './help-status.css';

/** Loading words while the finder's code arrives (from the precache: a blink). */
function Loading() {
  const { t } = useT();
  return <p class="help__status">{t('help.loading')}</p>;
}

/** The help finder, loaded on first use: it is not needed for the first screen. */
export const LazyFinderPanel = lazyComponent(
  () => import('./finder-panel'),
  () => <Loading />,
);
