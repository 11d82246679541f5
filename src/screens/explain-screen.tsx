import type { FunctionComponent } from 'preact';
import type { IllustrationId } from '../../flows/types';
import { useT } from '../i18n/use-t';
import { CardReaderIllustration } from './card-reader-illustration';
import { NextButton } from './next-button';
import type { ScreenProps } from './screen-props';
import { StepLayout } from './step-layout';

/** The drawing for each IllustrationId (flows/types.ts), shown under the text. */
const illustrations: Record<IllustrationId, FunctionComponent> = {
  'card-reader': CardReaderIllustration,
};

/** One idea: a heading, one or two short paragraphs, an optional drawing, and Next. */
export function ExplainScreen({ meta, send, progress, notice }: ScreenProps) {
  const { t } = useT();
  const Illustration = meta.illustration ? illustrations[meta.illustration] : undefined;
  return (
    <StepLayout
      title={t(meta.title)}
      pictogram={meta.pictogram}
      progress={progress}
      notice={notice}
      body={meta.body}
      actions={<NextButton send={send} />}
    >
      {Illustration && (
        <div class="step__illustration">
          <Illustration />
        </div>
      )}
    </StepLayout>
  );
}
