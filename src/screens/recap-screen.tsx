import { useT } from '../i18n/use-t';
import { Pictogram } from '../ui/pictogram';
import { NextButton } from './next-button';
import type { ScreenProps } from './screen-props';
import { StepLayout } from './step-layout';

/** The points to remember, each with its pictogram, then Next. */
export function RecapScreen({ meta, send, progress }: ScreenProps) {
  const { t } = useT();
  return (
    <StepLayout
      title={t(meta.title)}
      pictogram={meta.pictogram}
      progress={progress}
      actions={<NextButton send={send} />}
    >
      <ul class="recap">
        {(meta.items ?? []).map((item) => (
          <li key={item.text} class="recap__item">
            <Pictogram id={item.pictogram} size="lg" />
            <span>{t(item.text)}</span>
          </li>
        ))}
      </ul>
    </StepLayout>
  );
}
