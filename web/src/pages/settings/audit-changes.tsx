import { Stack, Text } from '@mantine/core'

interface FromTo {
  from: unknown
  to: unknown
}

function isFromTo(value: unknown): value is FromTo {
  return (
    typeof value === 'object' &&
    value !== null &&
    !Array.isArray(value) &&
    'from' in value &&
    'to' in value &&
    Object.keys(value).length === 2
  )
}

/** `{key: {from, to}}` objects, the audit log's usual change shape. */
export function isDiff(changes: unknown): changes is Record<string, FromTo> {
  if (typeof changes !== 'object' || changes === null || Array.isArray(changes)) return false
  const values = Object.values(changes)
  return values.length > 0 && values.every(isFromTo)
}

export function hasChanges(changes: unknown): boolean {
  if (changes === null || changes === undefined) return false
  if (typeof changes === 'object') return Object.keys(changes).length > 0
  return true
}

function show(value: unknown): string {
  if (value === null || value === undefined) return '∅'
  return typeof value === 'string' ? value : JSON.stringify(value)
}

export function AuditChanges({ changes }: { changes: unknown }) {
  if (!isDiff(changes)) {
    return (
      <pre className="as-pre" data-testid="audit-changes">
        {JSON.stringify(changes, null, 2)}
      </pre>
    )
  }
  return (
    <Stack gap={4} data-testid="audit-changes">
      {Object.entries(changes).map(([key, { from, to }]) => (
        <Text key={key} size="sm" className="as-mono" data-testid="audit-change">
          <Text span fw={600}>
            {key}
          </Text>
          {': '}
          <Text span c="red.8" td="line-through">
            {show(from)}
          </Text>
          {' → '}
          <Text span c="teal.8">
            {show(to)}
          </Text>
        </Text>
      ))}
    </Stack>
  )
}
