import { num, pick, stamps, type CatalogEntity } from './catalog-entity.js';
import { productFields, productView, skuSchema } from './schemas.js';

export const products: CatalogEntity = {
  name: 'product',
  title: 'Product',
  path: '/api/products',
  table: 'products',
  keyColumn: 'sku',
  keyField: 'sku',
  keySchema: skuSchema,
  fields: productFields,
  required: ['name'],
  view: productView,
  textColumns: ['sku', 'name'],
  toRow: (b) =>
    pick(b, { sku: 'sku', name: 'name', tags: 'tags', weightKg: 'weight_kg', unitPrice: 'unit_price', attributes: 'attributes', active: 'active' }, ['attributes']),
  toView: (r) => ({
    sku: r.sku,
    name: r.name,
    tags: r.tags,
    weightKg: num(r.weight_kg),
    unitPrice: num(r.unit_price),
    attributes: r.attributes,
    active: r.active,
    ...stamps(r),
  }),
  example: { sku: 'EXAMPLE-1', name: 'Example product', tags: ['cold-chain'], weightKg: 1.25, attributes: { color: 'blue' } },
};
