import { Box } from '@mantine/core'

interface SparklineProps {
  values: number[]
  label: string
  height?: number
  color?: string
}

const WIDTH = 240

/** A small area chart of a series (inline SVG, no chart library), scaled to its maximum. */
export function Sparkline({ values, label, height = 48, color = 'indigo' }: SparklineProps) {
  const max = Math.max(1, ...values)
  const step = values.length > 1 ? WIDTH / (values.length - 1) : WIDTH
  const pad = 3
  const points = values.map((value, i) => {
    const x = values.length > 1 ? i * step : WIDTH / 2
    const y = pad + (height - 2 * pad) * (1 - value / max)
    return [x, y] as const
  })
  const line = points.map(([x, y]) => `${x.toFixed(1)},${y.toFixed(1)}`).join(' ')
  const area = `0,${height} ${line} ${WIDTH},${height}`
  return (
    <Box data-testid="order-sparkline" data-points={values.join(',')}>
      <svg
        viewBox={`0 0 ${WIDTH} ${height}`}
        width="100%"
        height={height}
        preserveAspectRatio="none"
        role="img"
        aria-label={label}
      >
        <title>{label}</title>
        <polygon points={area} fill={`var(--mantine-color-${color}-1)`} />
        <polyline
          points={line}
          fill="none"
          stroke={`var(--mantine-color-${color}-6)`}
          strokeWidth={2}
          vectorEffect="non-scaling-stroke"
          strokeLinejoin="round"
        />
      </svg>
    </Box>
  )
}

/** Sums amounts per calendar month for the last `months` months (oldest first, this month last). */
export function monthlyTotals(
  entries: { at: string; amount: number }[],
  now: Date,
  months = 12,
): number[] {
  const totals = new Array<number>(months).fill(0)
  const thisMonth = now.getFullYear() * 12 + now.getMonth()
  for (const entry of entries) {
    const at = new Date(entry.at)
    if (Number.isNaN(at.getTime())) continue
    const index = months - 1 - (thisMonth - (at.getFullYear() * 12 + at.getMonth()))
    if (index >= 0 && index < months) totals[index] = (totals[index] ?? 0) + entry.amount
  }
  return totals
}
