import { pick, stamps, type CatalogEntity } from './catalog-entity.js';
import { channelFields, channelView, kebabId } from './schemas.js';

export const channels: CatalogEntity = {
  name: 'channel',
  title: 'Sales channel',
  path: '/api/channels',
  table: 'channels',
  keyColumn: 'id',
  keyField: 'id',
  keySchema: kebabId,
  fields: channelFields,
  required: ['name'],
  view: channelView,
  filters: { type: kebabId },
  filter(q, query) {
    if (query.type) q.andWhere('type', query.type as string);
  },
  textColumns: ['id', 'name'],
  toRow: (b) => pick(b, { id: 'id', name: 'name', type: 'type', active: 'active' }),
  toView: (r) => ({ id: r.id, name: r.name, type: r.type, active: r.active, ...stamps(r) }),
  example: { id: 'example-shop', name: 'Example shop', type: 'storefront' },
};
