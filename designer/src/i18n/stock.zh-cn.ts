/** 库存页面文本（zh-CN）。键与 stock.en.ts 相同。 */
export const stockZhCN = {
  stock: {
    nav: '库存',
    navDescription: '按库位和 SKU 查看库存，带原因的库存调整，变动历史与 CSV 导入。',
    title: '库存',
    tabs: { levels: '库存水平', movements: '库存变动', import: 'CSV 导入' },
    filter: '筛选',
    loadMore: '加载更多',
    col: { location: '库位', sku: 'SKU 编码', available: '可用', updated: '更新时间', actions: '操作', at: '时间', bucket: '库存类别', delta: '变动', reason: '原因', ref: '关联' },
    bucket: { on_hand: '在库', reserved: '已预留', incoming: '在途', safety: '安全库存', damaged: '残损' },
    adjust: {
      button: '调整', title: '调整 {{location}} 的 {{sku}}', ok: '保存调整', cancel: '取消', bucket: '库存类别', delta: '变动量（+/−）',
      reason: '原因', deltaRequired: '请输入变动量', deltaZero: '变动量不能为 0', reasonRequired: '请填写原因', done: '库存已调整',
    },
    import: {
      type: '文件类型', file: 'CSV 文件', start: '上传并导入', progressLabel: '导入进度',
      rows: '已处理 {{done}} / {{total}} 行', rate: '每秒 {{rate}} 行', eta: '剩余 {{seconds}} 秒', ok: '已应用 {{count}} 行', bad_one: '错误行 {{count}} 行', bad_other: '错误行 {{count}} 行',
      badRowsTitle: '错误行（未应用）', line: '行号', field: '列', problem: '问题', download: '下载全部错误行（CSV）',
      types: { stock: '库存水平', products: '商品', locations: '库位' },
      status: { queued: '排队中', running: '处理中', done: '已完成', failed: '失败' },
      help: {
        stock: '列：location、sku、on_hand，可选 safety、incoming、damaged。每行设定库存水平，差额记入库存流水。',
        products: '列：sku、name，可选 unit_price、tags、attributes。已有商品会被更新。',
        locations: '列：id、name、type，可选 lat、lon、tags、priority、capacity。仅管理员可用。',
      },
    },
    errors: {
      import_unknown_location: '库位不存在', import_unknown_sku: '商品不存在', import_not_integer: '不是整数',
      import_not_number: '不是数字', import_required: '缺少值', import_out_of_range: '数值超出范围', import_too_long: '值过长',
      import_invalid: '无效的值', import_column_count: '列数不正确', import_below_reserved: '低于已预留数量',
      import_not_boolean: '不是 true/false', import_empty: '文件为空', import_binary: '不是文本 CSV 文件',
      stock_negative: '库存不能小于 0', stock_below_reserved: '在库数量不能低于已预留数量', stock_unknown_location: '库位不存在',
      stock_unknown_sku: '商品不存在', stock_bucket_not_adjustable: '该类别只能通过预留变动',
    },
  },
};
