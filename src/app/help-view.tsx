import { useEffect, useRef } from 'preact/hooks';
import { LazyFinderPanel } from '../help/lazy-finder';
import { useT } from '../i18n/use-t';
import { Pictogram } from '../ui/pictogram';

/** "Help nearby", one tap from every screen. */
export function HelpView({ services }: { services: readonly string[] }) {
  const { t } = useT();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  return (
    <section class="step" aria-labelledby="help-title">
      <header class="step__header">
        <Pictogram id="users" size="xl" class="step__pictogram" />
        <h1 id="help-title" class="step__title" tabIndex={-1} ref={heading}>
          {t('help.title')}
        </h1>
      </header>
      <div class="step__body">
        <p class="step__text">{t('help.lead')}</p>
        <LazyFinderPanel topicServices={services} />
      </div>
    </section>
  );
}
