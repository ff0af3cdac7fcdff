import { decimal, TrytonRpc } from './tryton-rpc.js';

/**
 * What a blank trytond with sale + stock lacks before it can take a sale: a currency, a company owned by the
 * admin user (its current company), and a customer payment term. Run once on the template database.
 */
export async function seedCompany(rpc: TrytonRpc): Promise<void> {
  await rpc.login();
  const [currency] = await rpc.call<number[]>('currency.currency', 'create', [{ name: 'Euro', code: 'EUR', symbol: '€', rounding: decimal('0.01'), digits: 2 }]);
  const [party] = await rpc.call<number[]>('party.party', 'create', [{ name: 'OMS Test Warehouse Co' }]);
  const [company] = await rpc.call<number[]>('company.company', 'create', [{ party, currency }]);
  const [admin] = await rpc.call<number[]>('res.user', 'search', [['login', '=', 'admin']]);
  await rpc.call('res.user', 'write', [admin], { companies: [['add', [company]]], company });
}

/** Puts `qty` of a product into the warehouse's storage zone (a done move from the supplier location). */
export async function receiveStock(rpc: TrytonRpc, productId: number, qty: number): Promise<void> {
  const supplier = await rpc.one('stock.location', [['type', '=', 'supplier']]);
  const storage = await rpc.one('stock.location', [['code', '=', 'STO']]);
  const [product] = await rpc.call<Array<{ default_uom: number }>>('product.product', 'read', [productId], ['default_uom']);
  const company = rpc['context'].company;
  const [move] = await rpc.call<number[]>('stock.move', 'create', [{
    product: productId, uom: product.default_uom, quantity: qty, from_location: supplier, to_location: storage,
    company, unit_price: decimal('1.00'), currency: await rpc.one('currency.currency', [['code', '=', 'EUR']]),
  }]);
  await rpc.call('stock.move', 'do', [move]);
}
