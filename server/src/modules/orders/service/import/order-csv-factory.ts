/** The header tests and examples use: the canonical order columns a shop export would have. */
export const ORDER_TEST_HEADER = [
  'order_number',
  'marketplace',
  'status',
  'placed_at',
  'currency',
  'buyer_name',
  'buyer_email',
  'item_sku',
  'item_name',
  'item_quantity',
  'item_unit_price',
  'shipping_price',
]

/** A CSV (`;`-separated, Polish decimal commas) of `count` orders, every third with two lines. */
export function orderCsv(count: number, options: { prefix?: string; from?: number } = {}): string {
  const prefix = options.prefix ?? 'T'
  const lines = [ORDER_TEST_HEADER.join(';')]
  for (let i = options.from ?? 1; i < (options.from ?? 1) + count; i++) {
    const day = String(1 + (i % 28)).padStart(2, '0')
    const order = `${prefix}-${i}`
    lines.push(
      [
        order,
        i % 2 ? 'allegro' : 'shop',
        i % 5 ? 'wysłane' : 'dostarczone',
        `2024-03-${day} 10:${String(i % 60).padStart(2, '0')}`,
        'PLN',
        `Kupujący ${i}`,
        `buyer${i % 700}@example.com`,
        `SKU-${i % 40}`,
        'Kawa ziarnista 1 kg',
        String(1 + (i % 3)),
        `${10 + (i % 90)},99`,
        '12,99',
      ].join(';'),
    )
    if (i % 3 === 0)
      lines.push(
        [order, '', '', '', '', '', '', 'MLYNEK', 'Młynek ręczny', '1', '149,00', ''].join(';'),
      )
  }
  return `${lines.join('\n')}\n`
}
