import type { FunctionComponent } from 'preact';
import type { ScreenKind } from '../../flows/types';
import { ChoiceScreen } from './choice-screen';
import { CompareScreen } from './compare-screen';
import { ExplainScreen } from './explain-screen';
import { HelpScreen } from './help-screen';
import { KeypadScreen } from './keypad-screen';
import { RecapScreen } from './recap-screen';
import type { ScreenProps } from './screen-props';

/** The generic screen for each step kind (flows/types.ts ScreenKind). */
export const screens: Record<ScreenKind, FunctionComponent<ScreenProps>> = {
  explain: ExplainScreen,
  choice: ChoiceScreen,
  check: ChoiceScreen,
  compare: CompareScreen,
  recap: RecapScreen,
  help: HelpScreen,
  keypad: KeypadScreen,
};
