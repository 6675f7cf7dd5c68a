import type { ColumnType, Generated } from 'kysely'

type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>

/** Row types of the customers module's tables. */
export interface CustomerTables {
  customers: {
    id: Generated<string>
    workspaceId: string
    name: string | null
    email: string | null
    phone: string | null
    locale: string | null
    createdAt: Timestamp
    updatedAt: Timestamp
  }
  customerIdentities: {
    workspaceId: string
    customerId: string
    /** 'email', 'allegro', 'widget', … : where the customer is known by `externalId`. */
    kind: string
    externalId: string
    createdAt: Generated<Date>
  }
  tags: {
    id: Generated<string>
    workspaceId: string
    name: string
    color: string
    createdAt: Generated<Date>
  }
  /** Read-only view over this workspace's customers whose search indexes work under RLS. */
  customerSearch: {
    id: string
    name: string | null
    email: string | null
    createdAt: Date
  }
  customerTags: {
    workspaceId: string
    customerId: string
    tagId: string
  }
}
