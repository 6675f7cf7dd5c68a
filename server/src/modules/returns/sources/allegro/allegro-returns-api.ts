import { AllegroApiError } from '../../../channels/index.js'
import { type AllegroCaller, betaRequest, segment } from './allegro-caller.js'
import type {
  AllegroCustomerReturn,
  AllegroCustomerReturnsPage,
  AllegroRejectionCode,
} from './allegro-returns-types.js'

/** Filters of `GET /order/customer-returns`; list-valued ones are sent comma-separated. */
export interface CustomerReturnsFilter {
  orderId?: string | string[]
  customerReturnId?: string | string[]
  'buyer.login'?: string | string[]
  status?: string | string[]
  'createdAt.gte'?: string
  'createdAt.lte'?: string
  /** The last customer return seen: only those created after it are listed. */
  from?: string
  /** 1–1000, 100 by default. */
  limit?: number
  offset?: number
}

const joined = (value: string | string[] | number | undefined) =>
  Array.isArray(value) ? value.join(',') : value

/** GET /order/customer-returns (beta): one page, oldest first. */
export function listCustomerReturns(
  client: AllegroCaller,
  filter: CustomerReturnsFilter = {},
): Promise<AllegroCustomerReturnsPage> {
  const query = Object.fromEntries(Object.entries(filter).map(([key, v]) => [key, joined(v)]))
  return client.http.json(betaRequest({ method: 'GET', path: '/order/customer-returns', query }))
}

/** GET /order/customer-returns/{customerReturnId} (beta). */
export function getCustomerReturn(
  client: AllegroCaller,
  customerReturnId: string,
): Promise<AllegroCustomerReturn> {
  const path = `/order/customer-returns/${segment(customerReturnId)}`
  return client.http.json(betaRequest({ method: 'GET', path }))
}

/**
 * POST /order/customer-returns/{id}/rejection (beta): refuses the return's refund; `reason` is
 * required for REFUND_REJECTED. Safe to retry: Allegro answers a repeated rejection with 422
 * ("already rejected"), so on a 422 the return is read back and, when it carries this very
 * rejection code, returned as the success the earlier attempt was.
 */
export async function rejectCustomerReturn(
  client: AllegroCaller,
  customerReturnId: string,
  rejection: { code: AllegroRejectionCode; reason?: string },
): Promise<AllegroCustomerReturn> {
  const path = `/order/customer-returns/${segment(customerReturnId)}/rejection`
  try {
    return await client.http.json(betaRequest({ method: 'POST', path, json: { rejection } }))
  } catch (error) {
    if (!(error instanceof AllegroApiError) || error.status !== 422) throw error
    const current = await getCustomerReturn(client, customerReturnId)
    if (current.rejection?.code === rejection.code) return current
    throw error
  }
}
