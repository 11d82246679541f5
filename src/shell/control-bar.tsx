import { useT } from '../i18n/use-t';
import { BigButton } from '../ui/big-button';
import './control-bar.css';

/** What each control does; the app decides. */
export interface ControlActions {
  home: () => void;
  back: () => void;
  read: () => void;
  language: () => void;
  help: () => void;
  stop: () => void;
}

/**
 * The same six controls, in the same order and place, on every screen (people panic when an
 * interface moves). Back is marked unavailable where there is nothing to go back to.
 */
export function ControlBar({ actions, canGoBack, reading }: { actions: ControlActions; canGoBack: boolean; reading: boolean }) {
  const { t } = useT();
  return (
    <nav class="control-bar" aria-label={t('controls.label')}>
      <BigButton variant="control" pictogram="home" onPress={actions.home}>
        {t('controls.home')}
      </BigButton>
      <BigButton
        variant="control"
        pictogram="back"
        class="control--back"
        aria-disabled={canGoBack ? undefined : 'true'}
        onPress={() => canGoBack && actions.back()}
      >
        {t('controls.back')}
      </BigButton>
      <BigButton variant="control" pictogram={reading ? 'read-stop' : 'read-aloud'} aria-pressed={reading} onPress={actions.read}>
        {t('controls.read')}
      </BigButton>
      <BigButton variant="control" pictogram="language" onPress={actions.language}>
        {t('controls.language')}
      </BigButton>
      <BigButton variant="control" pictogram="help-nearby" onPress={actions.help}>
        {t('controls.help')}
      </BigButton>
      <BigButton variant="control" class="control--stop" pictogram="stop" onPress={actions.stop}>
        {t('controls.stop')}
      </BigButton>
    </nav>
  );
}
