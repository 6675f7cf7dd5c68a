/** Prints rows as an aligned text table. */
export function printTable(title: string, rows: Record<string, string | number>[]): void {
  const columns = Object.keys(rows[0] ?? {})
  const width = (column: string) =>
    Math.max(column.length, ...rows.map((row) => String(row[column]).length))
  const line = (cells: string[]) =>
    cells.map((cell, i) => cell.padEnd(width(columns[i]!))).join('  ')
  process.stdout.write(
    `\n${title}\n${line(columns)}\n${line(columns.map((c) => '-'.repeat(width(c))))}\n`,
  )
  for (const row of rows) process.stdout.write(`${line(columns.map((c) => String(row[c])))}\n`)
  process.stdout.write('\n')
}

/** True for `BENCH_SCALE=small` (quick runs in CI). */
export const isSmall = process.env.BENCH_SCALE === 'small'
