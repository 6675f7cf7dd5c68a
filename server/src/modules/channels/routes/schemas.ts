import { Type } from 'typebox'
import { NullableString } from '../../../platform/http/schema-types.js'

export const ChannelAccountSchema = Type.Object({
  id: Type.String(),
  kind: Type.String(),
  name: Type.String(),
  status: Type.String(),
  settings: Type.Record(Type.String(), Type.Unknown()),
  credentialsSet: Type.Array(Type.String()),
  sla: Type.Object({
    firstResponseMinutes: Type.Unsafe<number | null>({ type: ['integer', 'null'] }),
    nextResponseMinutes: Type.Unsafe<number | null>({ type: ['integer', 'null'] }),
    clock: Type.String(),
    calendar: Type.String(),
  }),
  assignmentMode: Type.String(),
  teamId: NullableString(),
  health: Type.Object({
    lastSyncAt: NullableString(),
    lastSuccessAt: NullableString(),
    lastError: NullableString(),
    lastErrorAt: NullableString(),
    rateLimitedUntil: NullableString(),
  }),
  createdAt: Type.String(),
})
