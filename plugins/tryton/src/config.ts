/** Installation config (manifest configSchema). */
export interface TrytonConfig {
  /** Base URL of trytond, e.g. `https://erp.example.com` (the database name is the first path segment). */
  url: string;
  database: string;
  /** Our location ids for Tryton warehouses (stock.location codes of type warehouse). */
  warehouses: Array<{ code: string; location: string }>;
  /** Warehouse code the sales orders ship from (default: the first mapped warehouse). */
  saleWarehouse?: string;
  /** `manual` (default): invoicing stays in Tryton's hands; `order` / `shipment` let Tryton invoice by itself. */
  invoiceMethod?: 'manual' | 'order' | 'shipment';
  /** Symbol of the unit of measure new products and sale lines use (default `u`, Tryton's "Unit"). */
  unit?: string;
}

export interface TrytonCredentials {
  username: string;
  password: string;
}
