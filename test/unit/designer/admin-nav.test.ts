import { describe, expect, it } from 'vitest';
import { headerItems, navFor } from '../../../designer/src/app/nav-registry';
import { NEW_LOCATION, toBody, toValues } from '../../../designer/src/admin/location-values';

describe('admin navigation', () => {
  it('groups the admin screens under one header item that opens the first of them', () => {
    const items = headerItems('admin');
    expect(items.filter((i) => i.key === 'admin')).toEqual([{ key: 'admin', path: '/admin/users', labelKey: 'nav.admin', match: '/admin' }]);
    expect(items.some((i) => i.key.startsWith('admin-'))).toBe(false);
    expect(navFor('admin').filter((e) => e.group === 'admin').map((e) => e.key)).toEqual([
      'admin-users', 'admin-keys', 'admin-plugins', 'admin-locations', 'admin-channels', 'admin-settings', 'admin-audit',
    ]);
  });

  it.each(['analyst', 'approver', 'operator', 'customer'] as const)('%s sees no admin item', (role) => {
    expect(headerItems(role).some((i) => i.key === 'admin')).toBe(false);
  });
});

describe('location form values', () => {
  it('sends a new location with its id, empty text as null and closed days left out', () => {
    const body = toBody({ ...NEW_LOCATION, id: ' dc-1 ', name: ' DC 1 ', region: ' ', openHours: { mon: [{ open: '09:00', close: '17:30' }], tue: [] } }, true);
    expect(body).toEqual({
      id: 'dc-1', name: 'DC 1', type: 'warehouse', lat: null, lon: null, region: null, tags: [], priority: 0, dailyCapacity: null,
      openHours: { mon: [{ open: '09:00', close: '17:30' }] }, active: true,
    });
  });

  it('never sends the id of an existing location (it cannot change) and keeps every interval', () => {
    const view = {
      id: 'wh-1', name: 'WH', type: 'warehouse', lat: 52.5, lon: 13.4, region: 'north', address: { city: 'Berlin' }, tags: ['cold-chain'],
      priority: 3, dailyCapacity: 100, openHours: { sat: [{ open: '08:00', close: '12:00' }, { open: '13:00', close: '16:00' }] }, active: false,
    };
    const body = toBody(toValues(view), false);
    expect(body).not.toHaveProperty('id');
    expect(body).not.toHaveProperty('address'); // not edited here: PATCH leaves it as it is
    expect(body).toMatchObject({ lat: 52.5, lon: 13.4, region: 'north', tags: ['cold-chain'], priority: 3, dailyCapacity: 100, active: false, openHours: view.openHours });
  });
});
