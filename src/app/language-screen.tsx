import { useEffect, useRef } from 'preact/hooks';
import { languages } from '../i18n/languages';
import { useT } from '../i18n/use-t';
import type { DisplayPrefs } from '../shell/display';
import { BigButton } from '../ui/big-button';
import { ScrollArea } from '../ui/scroll-area';
import '../ui/options.css';
import './language-screen.css';

/** Every offered language, named in its own script, then how the screen looks (this session only). */
export function LanguageScreen(props: {
  offered: readonly string[];
  onChoose: (code: string) => void;
  display: DisplayPrefs;
  onDisplay: (prefs: DisplayPrefs) => void;
}) {
  const { offered, onChoose, display, onDisplay } = props;
  const { t, lang } = useT();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const sizes = [1, 2, 3] as const;
  return (
    <section class="screen" aria-labelledby="language-title">
      <ScrollArea class="screen__scroll">
        <h1 id="language-title" class="screen__title" tabIndex={-1} ref={heading}>
          {t('language.title')}
        </h1>
        <div class="options options--languages">
          {languages
            .filter((l) => offered.includes(l.code))
            .map((l) => (
              <BigButton
                key={l.code}
                variant="option"
                lang={l.code}
                dir={l.dir}
                aria-current={l.code === lang ? 'true' : undefined}
                pictogram={l.code === lang ? 'check' : 'language'}
                onPress={() => onChoose(l.code)}
              >
                {l.name}
              </BigButton>
            ))}
        </div>
        <section class="display" aria-labelledby="display-title">
          <h2 id="display-title" class="display__title">
            {t('display.title')}
          </h2>
          <div class="display__sizes" role="group" aria-label={t('display.textSize')}>
            {sizes.map((size) => (
              <BigButton
                key={size}
                variant="secondary"
                class={`display__size display__size--${size}`}
                pictogram="text-size"
                aria-pressed={display.textSize === size}
                onPress={() => onDisplay({ ...display, textSize: size })}
              >
                {t(`display.size${size}`)}
              </BigButton>
            ))}
          </div>
          <div class="display__toggles">
            <BigButton
              variant="secondary"
              pictogram="contrast"
              aria-pressed={display.highContrast}
              onPress={() => onDisplay({ ...display, highContrast: !display.highContrast })}
            >
              {t('display.contrast')}
            </BigButton>
            <BigButton
              variant="secondary"
              pictogram="font"
              aria-pressed={display.hyperlegible}
              onPress={() => onDisplay({ ...display, hyperlegible: !display.hyperlegible })}
            >
              {t('display.font')}
            </BigButton>
          </div>
        </section>
      </ScrollArea>
    </section>
  );
}
