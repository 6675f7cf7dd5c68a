/** A JSON Schema as TypeBox emits it (only the parts sample bodies need). */
interface Schema {
  type?: string | string[]
  format?: string
  const?: unknown
  anyOf?: Schema[]
  properties?: Record<string, Schema>
  items?: Schema
  minimum?: number
  minLength?: number
  default?: unknown
}

/** A value that satisfies `schema`, with every uuid field set to `id`, so a request reaches its handler. */
export function sampleValue(schema: Schema | undefined, id: string, marker: string): unknown {
  if (!schema) return undefined
  if (schema.const !== undefined) return schema.const
  if (schema.anyOf)
    return sampleValue(schema.anyOf.find((s) => s.type !== 'null') ?? schema.anyOf[0], id, marker)
  const type = Array.isArray(schema.type) ? schema.type[0] : schema.type
  switch (type) {
    case 'object': {
      const value: Record<string, unknown> = {}
      for (const [key, property] of Object.entries(schema.properties ?? {})) {
        value[key] = sampleValue(property, id, marker)
      }
      return value
    }
    case 'array':
      return [sampleValue(schema.items, id, marker)]
    case 'integer':
    case 'number':
      return Math.max(schema.minimum ?? 1, 1)
    case 'boolean':
      return true
    case 'string':
      if (schema.format === 'uuid') return id
      if (schema.format === 'email') return `${marker}@tenant-b.test`
      if (schema.format === 'date-time') return new Date().toISOString()
      return `${marker}-${'x'.repeat(Math.max(0, (schema.minLength ?? 0) - marker.length))}`
    default:
      return null
  }
}
