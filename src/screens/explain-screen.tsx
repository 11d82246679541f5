import { useT } from '../i18n/use-t';
import { NextButton } from './next-button';
import type { ScreenProps } from './screen-props';
import { StepLayout } from './step-layout';

/** One idea: a heading, one or two short paragraphs, and Next. */
export function ExplainScreen({ meta, send, progress, notice }: ScreenProps) {
  const { t } = useT();
  return (
    <StepLayout
      title={t(meta.title)}
      pictogram={meta.pictogram}
      progress={progress}
      notice={notice} body={meta.body}
      actions={<NextButton send={send} />}
    >
    </StepLayout>
  );
}
