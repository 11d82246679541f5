import { describe, expect, it, vi } from 'vitest';
import { createActor } from 'xstate';
import { flows } from '../../flows/registry';
import { Navigation } from '../app/navigation';
import { createFlowMachine } from '../runtime/flow-machine';
import { testI18n } from '../../tests/render-kit';
import { resetSession } from './reset';

describe('the privacy reset', () => {
  it('stops every flow, reading and store, and leaves no trace in URL, storage, focus or language', async () => {
    const i18n = await testI18n('fr');
    await i18n.changeLanguage('nl');
    const navigation = new Navigation();
    const topic = createFlowMachine(flows[0]!, { hasText: () => true, hasPictogram: () => true });
    const flowA = createActor(topic).start();
    const flowB = createActor(topic).start();
    navigation.open({ kind: 'flow', flowId: 'x', actor: flowA });
    navigation.open({ kind: 'help', services: [] });
    navigation.open({ kind: 'flow', flowId: 'y', actor: flowB });
    sessionStorage.setItem('left-behind', 'something');
    window.history.replaceState(null, '', '/?step=3#who');
    const input = document.createElement('button');
    document.body.append(input);
    input.focus();
    const reader = { read: vi.fn(), stop: vi.fn(), speaking: true };
    const store = { reset: vi.fn() };
    const applyUpdate = vi.fn();

    resetSession({ navigation, reader, i18n, defaultLanguage: 'fr', sessionStores: [store], applyUpdate, window });

    expect(navigation.current).toEqual({ kind: 'home' });
    expect(navigation.depth).toBe(1);
    expect(flowA.getSnapshot().status).toBe('stopped');
    expect(flowB.getSnapshot().status).toBe('stopped');
    expect(reader.stop).toHaveBeenCalled();
    expect(store.reset).toHaveBeenCalled();
    expect(sessionStorage.length).toBe(0);
    expect(window.location.pathname + window.location.search + window.location.hash).toBe('/');
    expect(document.activeElement).not.toBe(input);
    await vi.waitFor(() => expect(i18n.language).toBe('fr'));
    expect(document.documentElement.lang).toBe('fr');
    expect(applyUpdate).toHaveBeenCalledTimes(1);
    input.remove();
  });
});
