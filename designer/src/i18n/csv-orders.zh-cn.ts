/** 订单导入（通过 csv-orders 插件导入 CSV），库存页面的导入面板（zh-CN）。键与 csv-orders.en.ts 相同。 */
export const csvOrdersZhCN = {
  stock: {
    import: {
      types: { orders: '订单' },
      help: {
        orders:
          '每行一个订单行；订单号相同的行合并为一个订单。按列名匹配（订单号、SKU、数量、单价、收货信息等，也支持 order id 等英文列名）——映射、分隔符和小数点在 csv-orders 插件中设置。需要先安装 csv-orders 插件。',
      },
    },
    errors: {
      csv_orders_required: '缺少值',
      csv_orders_not_integer: '数量不是整数',
      csv_orders_not_number: '不是有效金额',
      csv_orders_invalid: '格式错误',
      csv_orders_too_long: '值太长',
      csv_orders_too_many_lines: '订单超过 500 行',
      csv_orders_order_incomplete: '该订单的另一行有错误：订单未导入',
      order_invalid: '订单被拒收',
      import_order_rejected: '订单被审核拒绝',
    },
  },
  errorCodes: {
    'import.no-csv-orders': '请先安装并启用 csv-orders 插件再导入订单',
  },
};
