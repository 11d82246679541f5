import type { FlowConfig } from './types';

// Every `*.flow.ts` file in this folder; each default-exports one FlowConfig.
const modules = import.meta.glob<{ default: FlowConfig }>('./*.flow.ts', { eager: true });

/** Home-screen order, by flow id. A flow file that is not listed here is not shown (a test says so). */
export const homeOrder: readonly string[] = [
  'shared-record',
  'consent',
  'eid-pin',
  'practice',
  'privacy',
  'reliable-info',
  'doctor-questions',
  'questions',
];

/** Every flow file found, whether listed or not (for the tests). */
export const allFlows: readonly FlowConfig[] = Object.values(modules).map((m) => m.default);

/** The guided topics shown on the home screen, in order. */
export const flows: readonly FlowConfig[] = homeOrder.flatMap((id) => allFlows.filter((f) => f.id === id));
