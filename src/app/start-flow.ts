import type { i18n as I18n } from 'i18next';
import { createActor } from 'xstate';
import { flows } from '../../flows/registry';
import { createFlowMachine, type FlowActor, type FlowMachine } from '../runtime/flow-machine';
import { trackFlow } from '../runtime/live-flows';
import { yieldToMain } from '../runtime/yield-to-main';
import { pictogramIds } from '../ui/pictogram';

const machines = new Map<string, FlowMachine>();

/** Builds (and checks) a topic's machine once per page load. */
function machineOf(flowId: string, i18n: I18n): FlowMachine {
  let machine = machines.get(flowId);
  if (!machine) {
    const flow = flows.find((f) => f.id === flowId);
    if (!flow) throw new Error(`Unknown flow "${flowId}"`);
    machine = createFlowMachine(flow, { hasText: (key) => i18n.exists(key), hasPictogram: (id) => pictogramIds.has(id) });
    machines.set(flowId, machine);
  }
  return machine;
}

/**
 * Builds every topic's machine while the kiosk is idle, so the first tap on a topic does not also
 * build and check it (that first tap took 112 ms instead of 67 ms to paint, CPU slowed 6×). One
 * topic per task, yielding in between (src/runtime/yield-to-main.ts): a touch meanwhile is
 * answered at once, and no task is long. A topic whose definition is wrong is left for the tap,
 * which shows the calm error screen.
 */
export function prepareFlows(i18n: I18n): void {
  void (async () => {
    for (const flow of flows) {
      await yieldToMain();
      try {
        machineOf(flow.id, i18n);
      } catch {
        // Reported when the topic is opened.
      }
    }
  })();
}

/** Starts a fresh run of a topic, at its first step or at `step`. Its machine is built (and checked) once per page load. */
export function startFlow(flowId: string, i18n: I18n, step?: string): FlowActor {
  const machine = machineOf(flowId, i18n);
  if (!step) return trackFlow(createActor(machine).start());
  return trackFlow(createActor(machine, { snapshot: machine.resolveState({ value: step, context: { marks: [] } }) }).start());
}
