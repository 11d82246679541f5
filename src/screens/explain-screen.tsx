import type { FunctionComponent } from 'preact';
import type { IllustrationId } from '../../flows/types';
import { CardReaderIllustration } from './card-reader-illustration';
import { NextButton } from './next-button';
import type { ScreenProps } from './screen-props';
import { StepLayout } from './step-layout';
import './explain-screen.css';

/** The drawing for each IllustrationId (flows/types.ts), shown under the text. */
const illustrations: Record<IllustrationId, FunctionComponent> = {
  'card-reader': CardReaderIllustration,
};

/** One idea: a heading, one or two short paragraphs, an optional drawing, and Next. */
export function ExplainScreen(props: ScreenProps) {
  const { meta, send } = props;
  const Illustration = meta.illustration ? illustrations[meta.illustration] : undefined;
  return (
    <StepLayout {...props} actions={<NextButton send={send} />}>
      {Illustration && (
        <div class="step__illustration">
          <Illustration />
        </div>
      )}
    </StepLayout>
  );
}
