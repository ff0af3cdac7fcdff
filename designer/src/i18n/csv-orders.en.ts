/** Order imports (CSV through the csv-orders plugin) in the stock screen's import panel (en). Same keys in csv-orders.zh-cn.ts. */
export const csvOrdersEn = {
  stock: {
    import: {
      types: { orders: 'Orders' },
      help: {
        orders:
          'One row per order line; rows with the same order id are one order. Columns are matched by name (order id, sku, qty, price, ship-to fields…; Chinese names such as 订单号 too) — set the mapping, delimiter and decimal separator in the csv-orders plugin. Needs the csv-orders plugin installed.',
      },
    },
    errors: {
      csv_orders_required: 'Value missing',
      csv_orders_not_integer: 'Quantity is not a whole number',
      csv_orders_not_number: 'Not an amount',
      csv_orders_invalid: 'Wrong format',
      csv_orders_too_long: 'Value too long',
      csv_orders_too_many_lines: 'Order has more than 500 lines',
      csv_orders_order_incomplete: 'Another row of this order is bad: the order was not imported',
      order_invalid: 'The order was refused',
      import_order_rejected: 'The order was rejected by review',
    },
  },
  errorCodes: {
    'import.no-csv-orders': 'Install and enable the csv-orders plugin to import orders',
  },
};
