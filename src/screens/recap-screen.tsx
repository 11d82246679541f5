import { useOwnLang } from '../i18n/use-own-lang';
import { useT } from '../i18n/use-t';
import { printPage } from '../print/print-page';
import { PrintHeader } from '../print/print-header';
import { topicOf } from '../print/sheet-topic';
import { useKioskSettings } from '../shell/settings-context';
import { BigButton } from '../ui/big-button';
import { Pictogram } from '../ui/pictogram';
import { NextButton } from './next-button';
import type { ScreenProps } from './screen-props';
import { StepLayout } from './step-layout';
import './recap-screen.css';

/** The points to remember (or the options marked earlier), each with its pictogram; optionally printable. */
export function RecapScreen(props: ScreenProps) {
  const { meta, send, markedOptions } = props;
  const { t, lang } = useT();
  const own = useOwnLang();
  // On paper, each point also in the kiosk's language, so a doctor or pharmacist can read it.
  const { defaultLanguage, printing } = useKioskSettings();
  const alsoIn = meta.print && lang !== defaultLanguage ? defaultLanguage : undefined;
  const items = meta.showMarks ? markedOptions.map((o) => ({ text: o.label, pictogram: o.pictogram })) : (meta.items ?? []);
  return (
    <StepLayout
      {...props}
      actions={
        <>
          {meta.print && printing && items.length > 0 && (
            <BigButton variant="secondary" pictogram="printer" onPress={() => printPage()}>
              {t('step.print')}
            </BigButton>
          )}
          <NextButton send={send} />
        </>
      }
    >
      {meta.print && (
        // Paper only: the step's frame (header, buttons) is not printed, so the sheet says here
        // where it comes from, when it was printed, and its own title.
        <div class="print-only recap__sheet-head">
          <PrintHeader t={t} lang={lang} topic={t(topicOf(meta) ?? meta.title)} />
          <p class="recap__sheet-title">{t(meta.title)}</p>
        </div>
      )}
      {items.length === 0 && meta.emptyText ? (
        <p class="step__text" {...own(meta.emptyText)}>
          {t(meta.emptyText)}
        </p>
      ) : (
        <ul class="recap" data-printable={meta.print ? 'true' : undefined}>
          {items.map((item) => (
            <li key={item.text} class="recap__item">
              <Pictogram id={item.pictogram} size="lg" />
              <span>
                <span {...own(item.text)}>{t(item.text)}</span>
                {alsoIn && (
                  <span class="print-only recap__translation" lang={alsoIn} dir="auto">
                    {t(item.text, { lng: alsoIn })}
                  </span>
                )}
              </span>
            </li>
          ))}
        </ul>
      )}
    </StepLayout>
  );
}
