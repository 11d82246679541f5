import { useT } from '../i18n/use-t';
import { languages } from '../i18n/languages';
import { BigButton } from '../ui/big-button';
import { Pictogram } from '../ui/pictogram';
import { ScrollArea } from '../ui/scroll-area';
import './welcome-screen.css';

/** The screen between two people: an invitation to touch, and the languages in their own script. */
export function WelcomeScreen({
  offered,
  onStart,
  onLanguage,
  onBiggerText,
}: {
  offered: readonly string[];
  onStart: () => void;
  onLanguage: (code: string) => void;
  /** Starts the session with larger text (for people with poor sight). */
  onBiggerText: () => void;
}) {
  const { t } = useT();
  const shown = languages.filter((l) => offered.includes(l.code));
  return (
    <section class="screen" aria-labelledby="welcome-title">
      <ScrollArea class="welcome">
        <div class="welcome__start">
          <h1 class="visually-hidden">{t('app.name')}</h1>
          <button type="button" class="welcome__touch" onClick={onStart}>
            <Pictogram id="touch" size="xl" />
            <span class="welcome__app">{t('app.name')}</span>
            <span id="welcome-title" class="welcome__title">
              {t('welcome.touch')}
            </span>
            <span class="welcome__lead">{t('welcome.title')}</span>
          </button>
          <p class="welcome__reassure">{t('welcome.reassure')}</p>
          <div class="welcome__display">
            <BigButton variant="secondary" pictogram="text-size" onPress={onBiggerText}>
              {t('display.biggerText')}
            </BigButton>
          </div>
        </div>
        <div class="welcome__languages" role="group" aria-label={t('welcome.chooseLanguage')}>
          <p class="welcome__choose">{t('welcome.chooseLanguage')}</p>
          {shown.map((l) => (
            <BigButton key={l.code} variant="secondary" lang={l.code} dir={l.dir} onPress={() => onLanguage(l.code)}>
              {l.name}
            </BigButton>
          ))}
        </div>
      </ScrollArea>
    </section>
  );
}
