/** The CRM segments (server: customers/rules/segments.ts), in the order the server lists them. */
export const SEGMENTS = [
  'new',
  'returning',
  'loyal',
  'vip',
  'at_risk',
  'dissatisfied',
  'dormant',
] as const
/** One of SEGMENTS. */
export type Segment = (typeof SEGMENTS)[number]

/** One colour per segment, shared by badges, filter chips and the segment chart. */
export const SEGMENT_COLORS: Record<Segment, string> = {
  new: 'cyan',
  returning: 'blue',
  loyal: 'indigo',
  vip: 'yellow',
  at_risk: 'orange',
  dissatisfied: 'red',
  dormant: 'gray',
}

/** Whether a string from the API is a segment this app knows how to label. */
export function isSegment(value: string): value is Segment {
  return (SEGMENTS as readonly string[]).includes(value)
}
