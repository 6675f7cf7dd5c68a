import type { ServiceContext } from '../../../platform/context.js'
import type { CustomerFacts } from '../rules/match-facts.js'
import type { AddressFacts } from '../rules/postal-address.js'
import { attributesText } from './load-customer.js'

/**
 * The address the seller keeps in a customer's attributes (`street`, `post_code`, `city`,
 * `country` as ISO 3166-1 alpha-2, Poland when absent), or none.
 */
export function attributeAddress(attributes: Record<string, string>): AddressFacts[] {
  const { street, post_code: postCode, city, country } = attributes
  if (!street && !postCode && !city) return []
  return [{ street, postCode, city, countryCode: (country ?? 'PL').toUpperCase() }]
}

/** What the matching rules know of each customer: contacts, identities, address; two queries. */
export async function loadCustomerFacts(
  ctx: ServiceContext,
  ids: string[],
): Promise<Map<string, CustomerFacts>> {
  const facts = new Map<string, CustomerFacts>()
  const unique = [...new Set(ids)]
  if (unique.length === 0) return facts
  const customers = await ctx.trx
    .selectFrom('customers')
    .select(['id', 'name', 'email', 'phone', attributesText.as('attributes')])
    .where('id', 'in', unique)
    .where('mergedIntoId', 'is', null)
    .where('erasedAt', 'is', null)
    .execute()
  for (const c of customers)
    facts.set(c.id, {
      id: c.id,
      name: c.name,
      emails: c.email ? [c.email] : [],
      phones: c.phone ? [c.phone] : [],
      identities: [],
      addresses: attributeAddress(JSON.parse(c.attributes)),
    })
  const identities = await ctx.trx
    .selectFrom('customerIdentities')
    .select(['customerId', 'kind', 'externalId'])
    .where('customerId', 'in', [...facts.keys()].length > 0 ? [...facts.keys()] : unique)
    .execute()
  for (const identity of identities)
    facts.get(identity.customerId)?.identities.push({
      kind: identity.kind,
      externalId: identity.externalId,
    })
  return facts
}
