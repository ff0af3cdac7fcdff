import { describe, expect, it } from 'vitest';
import { routingKind, type RoutingDefinition } from '@oms/runtime';

describe('routing references', () => {
  it('lists location tags, location ids and the order fields rules read', () => {
    const def: RoutingDefinition = {
      kind: 'routing',
      key: 'r',
      title: { en: 'R' },
      candidates: { tags: ['active-site'], excludeTags: ['audit'], where: { '==': [{ var: 'location.region' }, { var: 'order.shipTo.region' }] } },
      rules: [
        { id: 'cold', scope: 'line', when: { in: ['cold-chain', { var: 'line.tags' }] }, restrict: { anyTags: ['cold-chain', 'frozen'] } },
        { id: 'vip', when: { in: ['vip', { var: ['order.customer.tags', []] }] }, prefer: { ids: ['w-flag'] } },
        { id: 'far', exclude: { where: { '>': [{ var: 'distanceKm' }, { var: 'order.attributes.maxKm' }] } } },
      ],
      scoring: { cost: { table: [{ location: 'w-1', cost: 3 }, { toCountry: 'CN', cost: 5 }] } },
      safetyStock: { overrides: [{ location: 'w-2', qty: 1 }, { sku: 'A', qty: 2 }] },
    };
    expect(routingKind.references!(def)).toEqual([
      { type: 'location-tag', key: 'active-site', path: '/candidates/tags/0' },
      { type: 'location-tag', key: 'audit', path: '/candidates/excludeTags/0' },
      { type: 'field', key: 'shipTo.region', path: '/candidates/where' },
      { type: 'field', key: 'lines.tags', path: '/rules/0/when' },
      { type: 'location-tag', key: 'cold-chain', path: '/rules/0/restrict/anyTags/0' },
      { type: 'location-tag', key: 'frozen', path: '/rules/0/restrict/anyTags/1' },
      { type: 'field', key: 'customer.tags', path: '/rules/1/when' },
      { type: 'location', key: 'w-flag', path: '/rules/1/prefer/ids/0' },
      { type: 'field', key: 'attributes.maxKm', path: '/rules/2/exclude/where' },
      { type: 'location', key: 'w-1', path: '/scoring/cost/table/0/location' },
      { type: 'location', key: 'w-2', path: '/safetyStock/overrides/0/location' },
    ]);
  });

  it('has none for a bare definition', () => {
    expect(routingKind.references!({ kind: 'routing', key: 'r', title: { en: 'R' } })).toEqual([]);
  });
});
