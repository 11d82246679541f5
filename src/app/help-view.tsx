import { LazyFinderPanel } from '../nearby/lazy-finder';
import { useT } from '../i18n/use-t';
import { StepLayout } from '../screens/step-layout';

/** "Help nearby", one tap from every screen. */
export function HelpView({ services }: { services: readonly string[] }) {
  const { t } = useT();
  return (
    <StepLayout title={t('help.title')} titleId="help-title" pictogram="users" body={['help.lead']}>
      <LazyFinderPanel topicServices={services} />
    </StepLayout>
  );
}
