import { LazyFinderPanel } from '../nearby/lazy-finder';
import { StepLayout, type StepLayoutProps } from '../screens/step-layout';

/** Its heading, pictogram and lead, as a step's would be. */
const helpStep: StepLayoutProps['meta'] = { title: 'common:help.title', pictogram: 'users', body: ['common:help.lead'] };

/** "Help nearby", one tap from every screen. */
export function HelpView({ services }: { services: readonly string[] }) {
  return (
    <StepLayout meta={helpStep} titleId="help-title">
      <LazyFinderPanel topicServices={services} />
    </StepLayout>
  );
}
