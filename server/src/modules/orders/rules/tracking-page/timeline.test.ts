import { describe, expect, it } from 'vitest'
import { buildTimeline } from './timeline.js'

const at = (iso: string) => new Date(iso)

describe('buildTimeline', () => {
  it('merges milestones and scans of every parcel, newest first', () => {
    const entries = buildTimeline(
      [
        { status: 'placed', occurredAt: at('2025-05-10T08:00:00Z') },
        { status: 'shipped', occurredAt: at('2025-05-11T09:00:00Z') },
      ],
      [
        {
          events: [
            { status: 'in_transit', occurredAt: at('2025-05-12T06:00:00Z'), location: ' Łódź ' },
          ],
        },
        {
          events: [
            { status: 'info_received', occurredAt: at('2025-05-11T10:00:00Z'), location: null },
          ],
        },
      ],
    )
    expect(entries.map((e) => [e.kind, e.status])).toEqual([
      ['parcel', 'in_transit'],
      ['parcel', 'info_received'],
      ['order', 'shipped'],
      ['order', 'placed'],
    ])
    expect(entries[0]).toMatchObject({ parcel: 1, location: 'Łódź' })
    expect(entries[1]).toMatchObject({ parcel: 2, location: null })
  })

  it("drops the order's own delivery when the carrier reported it", () => {
    const delivered = { status: 'delivered' as const, occurredAt: at('2025-05-12T12:00:00Z') }
    const scan = {
      status: 'delivered' as const,
      occurredAt: at('2025-05-12T11:58:00Z'),
      location: 'Kraków',
    }
    expect(buildTimeline([delivered], [{ events: [scan] }]).map((e) => e.kind)).toEqual(['parcel'])
    expect(buildTimeline([delivered], []).map((e) => e.kind)).toEqual(['order'])
  })

  it('shows a scan repeated under another raw code in the same minute once', () => {
    const scan = (second: number) => ({
      status: 'in_transit' as const,
      occurredAt: at(`2025-05-12T06:00:${String(second).padStart(2, '0')}Z`),
      location: 'Łódź',
    })
    expect(buildTimeline([], [{ events: [scan(1), scan(40)] }])).toHaveLength(1)
  })

  it('orders milestones of the same instant by how far the order got', () => {
    const same = at('2025-05-10T08:00:00Z')
    const entries = buildTimeline(
      [
        { status: 'placed', occurredAt: same },
        { status: 'paid', occurredAt: same },
      ],
      [],
    )
    expect(entries.map((e) => e.status)).toEqual(['paid', 'placed'])
  })
})
