import type { FlowConfig } from './types';
import { sharedRecordFlow } from './shared-record.flow';

/** Every guided topic, in home-screen order. Adding a flow = one import and one entry here. */
export const flows: readonly FlowConfig[] = [sharedRecordFlow];
