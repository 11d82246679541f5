import { useEffect, useRef } from 'preact/hooks';
import { languages } from '../i18n/languages';
import { useT } from '../i18n/use-t';
import { BigButton } from '../ui/big-button';

/** Every offered language, named in its own script; the current one is marked. */
export function LanguageScreen({ offered, onChoose }: { offered: readonly string[]; onChoose: (code: string) => void }) {
  const { t, lang } = useT();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  return (
    <section class="language" aria-labelledby="language-title">
      <h1 id="language-title" class="home__title" tabIndex={-1} ref={heading}>
        {t('language.title')}
      </h1>
      <div class="options">
        {languages
          .filter((l) => offered.includes(l.code))
          .map((l) => (
            <BigButton
              key={l.code}
              variant="option"
              lang={l.code}
              dir={l.dir}
              aria-current={l.code === lang ? 'true' : undefined}
              pictogram={l.code === lang ? 'check' : undefined}
              onPress={() => onChoose(l.code)}
            >
              {l.name}
            </BigButton>
          ))}
      </div>
    </section>
  );
}
