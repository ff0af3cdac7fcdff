/**
 * The order fields a CSV column can feed, each with the header names recognised without configuration
 * (compared case-insensitively, ignoring spaces, `_`, `-` and `.`), English and zh-CN.
 */
export const FIELDS = {
  externalId: ['external id', 'order id', 'order', 'order number', 'order no', 'order ref', 'reference', '订单号', '订单编号', '外部订单号'],
  placedAt: ['placed at', 'order date', 'created at', 'date', '下单时间', '订单日期', '下单日期'],
  currency: ['currency', '币种', '货币'],
  customerId: ['customer id', 'customer', 'customer number', '客户编号', '客户'],
  customerName: ['customer name', 'buyer', 'buyer name', '客户名称', '客户姓名', '买家'],
  customerEmail: ['email', 'customer email', 'e-mail', '邮箱', '电子邮件'],
  shipName: ['ship name', 'ship to name', 'recipient', 'shipping name', '收货人', '收件人'],
  shipCompany: ['ship company', 'company', '公司'],
  shipLine1: ['ship line1', 'address', 'address1', 'address line 1', 'street', 'shipping address', '收货地址', '地址'],
  shipLine2: ['ship line2', 'address2', 'address line 2', '地址2'],
  shipCity: ['ship city', 'city', '城市'],
  shipRegion: ['ship region', 'region', 'state', 'province', '省份', '省', '地区'],
  shipPostcode: ['ship postcode', 'postcode', 'zip', 'zip code', 'postal code', '邮编', '邮政编码'],
  shipCountry: ['ship country', 'country', 'country code', '国家'],
  shipPhone: ['ship phone', 'phone', 'telephone', 'mobile', '电话', '手机', '联系电话'],
  sku: ['sku', 'item', 'item sku', 'product', 'product sku', 'article', '商品编码', '货号', '商品编号', 'sku编码'],
  lineName: ['name', 'item name', 'product name', 'description', '商品名称', '品名'],
  qty: ['qty', 'quantity', 'units', 'count', '数量'],
  unitPrice: ['unit price', 'price', 'item price', '单价', '价格'],
  shipping: ['shipping', 'shipping cost', 'freight', '运费'],
  tax: ['tax', '税费', '税额'],
  discount: ['discount', '折扣', '优惠'],
  tags: ['tags', 'tag', '标签'],
} as const;

export type Field = keyof typeof FIELDS;

/** Without these an order cannot be built: a header lacking one fails the whole file. */
export const REQUIRED: Field[] = ['externalId', 'sku', 'qty'];

export const normalise = (h: string) => h.trim().toLowerCase().replace(/[\s_\-.]+/g, '');

export interface CsvOrdersConfig {
  /** Field → header name, overriding the recognised names. */
  columns?: Partial<Record<Field, string>>;
  /** Column separator; the server parses the file with it. */
  delimiter?: string;
  /** Decimal separator of prices and amounts. */
  decimal?: '.' | ',';
  /** Currency of orders whose row names none (else the tenant's). */
  currency?: string;
  /** Channel the orders get (dedupe is by channel + external id). */
  channel?: string;
}

/** Column index per field: configured names first, then the recognised names. */
export function resolveHeader(header: string[], config: CsvOrdersConfig): { index: Partial<Record<Field, number>>; missing: Field[] } {
  const byName = new Map<string, number>();
  header.forEach((h, i) => {
    const n = normalise(h);
    if (!byName.has(n)) byName.set(n, i);
  });
  const index: Partial<Record<Field, number>> = {};
  for (const field of Object.keys(FIELDS) as Field[]) {
    const configured = config.columns?.[field];
    const names = configured ? [configured] : [field, ...FIELDS[field]];
    for (const name of names) {
      const i = byName.get(normalise(name));
      if (i !== undefined) {
        index[field] = i;
        break;
      }
    }
  }
  return { index, missing: REQUIRED.filter((f) => index[f] === undefined) };
}
