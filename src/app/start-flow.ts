import type { i18n as I18n } from 'i18next';
import { createActor, type AnyActorRef } from 'xstate';
import { flows } from '../../flows/registry';
import { createFlowMachine, type FlowMachine } from '../runtime/flow-machine';
import { pictogramIds } from '../ui/pictogram';

const machines = new Map<string, FlowMachine>();

/** Starts a fresh run of a topic, at its first step or at `step`. Its machine is built (and checked) once per page load. */
export function startFlow(flowId: string, i18n: I18n, step?: string): AnyActorRef {
  let machine = machines.get(flowId);
  if (!machine) {
    const flow = flows.find((f) => f.id === flowId);
    if (!flow) throw new Error(`Unknown flow "${flowId}"`);
    machine = createFlowMachine(flow, { hasText: (key) => i18n.exists(key), hasPictogram: (id) => pictogramIds.has(id) });
    machines.set(flowId, machine);
  }
  if (!step) return createActor(machine).start();
  return createActor(machine, { snapshot: machine.resolveState({ value: step, context: { marks: [] } }) }).start();
}
