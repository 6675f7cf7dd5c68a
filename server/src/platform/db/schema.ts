import type { ColumnType, Generated } from 'kysely'
import type { ChannelTables } from '../../modules/channels/tables.js'
import type { ConversationTables } from '../../modules/conversations/tables.js'
import type { CustomerTables } from '../../modules/customers/tables.js'
import type { IdentityTables } from '../../modules/identity/tables.js'
import type { OrderTables } from '../../modules/orders/tables.js'
import type { ReturnTables } from '../../modules/returns/tables.js'

/** Tables the platform itself owns. */
export interface PlatformTables {
  domainEvents: {
    id: Generated<string>
    workspaceId: string
    name: string
    entityType: string
    entityId: string
    actorType: 'user' | 'api_token' | 'system'
    actorId: string | null
    actorLabel: string
    ip: string | null
    requestId: string | null
    changes: ColumnType<Record<string, unknown>, string, string>
    createdAt: Generated<Date>
  }
}

/** Every table Kysely may query: the platform's and each module's. */
export interface DatabaseSchema
  extends PlatformTables,
    IdentityTables,
    CustomerTables,
    ChannelTables,
    ConversationTables,
    OrderTables,
    ReturnTables {}
