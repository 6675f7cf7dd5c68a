import { type Expression, type ExpressionBuilder, type SqlBool, sql } from 'kysely'
import type { DatabaseSchema } from '../../../platform/db/schema.js'
import { type CustomerFilter, filterInstant } from '../rules/customer-filter.js'
import { foldForComparison } from '../rules/person-name.js'

type CustomersBuilder = ExpressionBuilder<DatabaseSchema, 'customers'>

// "601 234 567" finds "+48601234567"; fewer digits would match nearly everyone (rules/customer-filter-match.ts).
const MIN_PHONE_DIGITS = 5

/**
 * The conditions of a customer filter as SQL over `customers`, with the semantics of
 * rules/customer-filter-match.ts customerMatchesFilter: every field narrows, segments and tags
 * match any of those listed, date bounds exclude customers without orders, `q` is folded like
 * foldForComparison over names, e-mails and identities, and digit runs over phones. The
 * marketplace is where the customer has an identity (an account there or its relay address
 * kind), the one place this module knows; the orders module owns where they bought.
 */
export function filterConditions(
  eb: CustomersBuilder,
  filter: CustomerFilter,
): Expression<SqlBool>[] {
  const conditions: Expression<SqlBool>[] = []
  if (filter.segments && filter.segments.length > 0)
    conditions.push(sql<SqlBool>`customers.segments && ${filter.segments}::text[]`)
  if (filter.tags && filter.tags.length > 0)
    conditions.push(
      sql<SqlBool>`exists (select 1 from customer_tags ct join tags t on t.id = ct.tag_id
        where ct.customer_id = customers.id and t.name = any(${filter.tags}::citext[]))`,
    )
  if (filter.minOrders !== undefined) conditions.push(eb('ordersCount', '>=', filter.minOrders))
  if (filter.maxOrders !== undefined) conditions.push(eb('ordersCount', '<=', filter.maxOrders))
  if (filter.minLifetimeValueMinor !== undefined)
    conditions.push(eb('lifetimeValueMinor', '>=', filter.minLifetimeValueMinor))
  const before = filter.lastOrderBefore ? filterInstant(filter.lastOrderBefore) : null
  const after = filter.lastOrderAfter ? filterInstant(filter.lastOrderAfter) : null
  if (before) conditions.push(eb('lastOrderAt', '<', before))
  if (after) conditions.push(eb('lastOrderAt', '>=', after))
  if (filter.marketplace)
    conditions.push(
      sql<SqlBool>`exists (select 1 from customer_identities i
        where i.customer_id = customers.id and i.kind = ${filter.marketplace})`,
    )
  if (filter.locale) {
    const wanted = filter.locale.toLowerCase()
    conditions.push(
      wanted.includes('-')
        ? sql<SqlBool>`lower(customers.locale) = ${wanted}`
        : sql<SqlBool>`(lower(customers.locale) = ${wanted} or lower(customers.locale) like ${`${wanted}-%`})`,
    )
  }
  if (filter.hasMarketingConsent) {
    const purpose = filter.hasMarketingConsent === 'email' ? 'marketing_email' : 'marketing_sms'
    conditions.push(
      sql<SqlBool>`(select cc.granted from customer_consents cc
        where cc.customer_id = customers.id and cc.purpose = ${purpose}
        order by cc.recorded_at desc, cc.granted limit 1) is true`,
    )
  }
  if (filter.q) conditions.push(textCondition(filter.q))
  return conditions
}

function textCondition(q: string): Expression<SqlBool> {
  const needle = foldForComparison(q)
  const digits = q.replace(/\D/g, '')
  const byText = needle === '' ? sql`false` : sql`s.folded like ${`%${needle}%`}`
  const byDigits =
    digits.length >= MIN_PHONE_DIGITS ? sql`s.digits like ${`%${digits}%`}` : sql`false`
  return sql<SqlBool>`customers.id in (select s.customer_id from customer_text_search s
    where ${byText} or ${byDigits})`
}
