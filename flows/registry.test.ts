import { describe, expect, it } from 'vitest';
import { allFlows, flows, homeOrder } from './registry';

describe('the flow registry', () => {
  it('shows every flow file on the home screen, once', () => {
    const listed = new Set(flows.map((f) => f.id));
    expect(allFlows.filter((f) => !listed.has(f.id)).map((f) => f.id)).toEqual([]);
    expect(new Set(allFlows.map((f) => f.id)).size).toBe(allFlows.length);
  });

  it('lists only flows that exist', () => {
    const ids = new Set(allFlows.map((f) => f.id));
    expect(homeOrder.filter((id) => !ids.has(id))).toEqual([]);
  });
});
