/** Stock screen texts (en). Same keys in stock.zh-cn.ts. */
export const stockEn = {
  stock: {
    nav: 'Stock',
    navDescription: 'Stock by location and SKU, adjustments with a reason, movement history and CSV imports.',
    title: 'Stock',
    tabs: { levels: 'Levels', movements: 'Movements', import: 'CSV import' },
    filter: 'Filter',
    loadMore: 'Load more',
    col: { location: 'Location', sku: 'SKU', available: 'Available', updated: 'Updated', actions: 'Actions', at: 'When', bucket: 'Bucket', delta: 'Change', reason: 'Reason', ref: 'Reference' },
    bucket: { on_hand: 'On hand', reserved: 'Reserved', incoming: 'Incoming', safety: 'Safety stock', damaged: 'Damaged' },
    adjust: {
      button: 'Adjust', title: 'Adjust {{sku}} at {{location}}', ok: 'Save adjustment', cancel: 'Cancel', bucket: 'Bucket', delta: 'Change (+/−)',
      reason: 'Reason', deltaRequired: 'Enter the change', deltaZero: 'The change may not be 0', reasonRequired: 'Say why', done: 'Stock adjusted',
    },
    import: {
      type: 'File type', file: 'CSV file', start: 'Upload and import', progressLabel: 'Import progress',
      rows: '{{done}} of {{total}} rows', rate: '{{rate}} rows/s', eta: '{{seconds}} s left', ok: '{{count}} applied', bad_one: '{{count}} bad row', bad_other: '{{count}} bad rows',
      badRowsTitle: 'Bad rows (not applied)', line: 'Line', field: 'Column', problem: 'Problem', download: 'Download all bad rows (CSV)',
      types: { stock: 'Stock levels', products: 'Products', locations: 'Locations' },
      status: { queued: 'Queued', running: 'Running', done: 'Done', failed: 'Failed' },
      help: {
        stock: 'Columns: location, sku, on_hand, optional safety, incoming, damaged. Each row sets the level; the ledger records the difference.',
        products: 'Columns: sku, name, optional unit_price, tags and attributes. Existing products are updated.',
        locations: 'Columns: id, name, type, optional lat, lon, tags, priority, capacity. Admins only.',
      },
    },
    errors: {
      import_unknown_location: 'No such location', import_unknown_sku: 'No such product', import_not_integer: 'Not a whole number',
      import_not_number: 'Not a number', import_required: 'Value missing', import_out_of_range: 'Value out of range', import_too_long: 'Value too long',
      import_invalid: 'Invalid value', import_column_count: 'Wrong number of columns', import_below_reserved: 'Below the reserved quantity',
      import_not_boolean: 'Not true/false', import_empty: 'The file is empty', import_binary: 'Not a text CSV file',
      stock_negative: 'Stock may not go below 0', stock_below_reserved: 'On hand may not go below reserved', stock_unknown_location: 'No such location',
      stock_unknown_sku: 'No such product', stock_bucket_not_adjustable: 'This bucket moves only through reservations',
    },
  },
};
