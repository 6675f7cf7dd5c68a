import { UncertainOutcomeError } from '../../../channels/index.js'
import { type AllegroCaller, betaRequest, segment } from './allegro-caller.js'
import type {
  AllegroClaimDecision,
  AllegroIssue,
  AllegroIssueMessage,
  AllegroIssueMessageRequest,
  AllegroIssueStatus,
} from './allegro-returns-types.js'

/** Filters of `GET /sale/issues` (the spec has no type filter: read `issue.type`). */
export interface IssuesFilter {
  'checkoutForm.id'?: string
  /** Sent as repeated `status` parameters. */
  status?: AllegroIssueStatus[]
  /** 1–100, 10 by default. */
  limit?: number
  offset?: number
}

const CHAT_PAGE = 100
const CLOCK_SKEW_MS = 5 * 60_000

/** GET /sale/issues (beta): one page of disputes and claims, newest opened first. */
export async function listIssues(
  client: AllegroCaller,
  filter: IssuesFilter = {},
): Promise<AllegroIssue[]> {
  const { status, ...rest } = filter
  // AllegroHttp takes one value per key, so repeated statuses go into the path's query string.
  const repeated = (status ?? []).map((s) => `status=${encodeURIComponent(s)}`).join('&')
  const path = repeated ? `/sale/issues?${repeated}` : '/sale/issues'
  const page = await client.http.json<{ issues?: AllegroIssue[] }>(
    betaRequest({ method: 'GET', path, query: { ...rest } }),
  )
  return page?.issues ?? []
}

/** GET /sale/issues/{issueId} (beta). */
export function getIssue(client: AllegroCaller, issueId: string): Promise<AllegroIssue> {
  return client.http.json(betaRequest({ method: 'GET', path: `/sale/issues/${segment(issueId)}` }))
}

/** GET /sale/issues/{issueId}/chat (beta), every page: the whole chat, oldest first. */
export async function issueChat(
  client: AllegroCaller,
  issueId: string,
): Promise<AllegroIssueMessage[]> {
  const path = `/sale/issues/${segment(issueId)}/chat`
  const messages: AllegroIssueMessage[] = []
  for (let offset = 0; ; offset += CHAT_PAGE) {
    const query = { limit: CHAT_PAGE, offset }
    const page = await client.http.json<{ chat?: AllegroIssueMessage[] }>(
      betaRequest({ method: 'GET', path, query }),
    )
    const chat = page?.chat ?? []
    messages.push(...chat)
    if (chat.length < CHAT_PAGE) break
  }
  // The spec does not state the chat's order, so it is fixed here.
  return messages.sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id))
}

/**
 * POST /sale/issues/{issueId}/message (beta). The spec offers no idempotency key, so the post
 * is never retried blindly: when its outcome is unknown (timeout, 5xx) the chat is read and a
 * seller message with the same text written since `startedAt` is taken as this one; only when
 * none is there is the message posted again.
 */
export async function postIssueMessage(
  client: AllegroCaller,
  issueId: string,
  message: AllegroIssueMessageRequest,
): Promise<AllegroIssueMessage> {
  const path = `/sale/issues/${segment(issueId)}/message`
  const request = betaRequest({ method: 'POST', path, json: message, idempotent: false })
  // Allows for Allegro's clock running behind ours.
  const startedAt = new Date(Date.now() - CLOCK_SKEW_MS).toISOString()
  try {
    return await client.http.json(request)
  } catch (error) {
    if (!(error instanceof UncertainOutcomeError)) throw error
    const chat = await issueChat(client, issueId)
    const landed = chat.findLast(
      (m) =>
        m.author.role === 'SELLER' &&
        m.text?.trim() === message.text.trim() &&
        new Date(m.createdAt).toISOString() >= startedAt,
    )
    return landed ?? (await client.http.json(request))
  }
}

/**
 * POST /sale/issues/{issueId}/status (beta): accepts or rejects a claim (disputes have no
 * formal status). When the outcome is unknown the claim is read back; a status already
 * reflecting the decision counts as done, otherwise the decision is sent once more.
 */
export async function decideClaim(
  client: AllegroCaller,
  issueId: string,
  decision: AllegroClaimDecision,
): Promise<void> {
  const path = `/sale/issues/${segment(issueId)}/status`
  const request = betaRequest({ method: 'POST', path, json: decision, idempotent: false })
  try {
    await client.http.json(request)
  } catch (error) {
    if (!(error instanceof UncertainOutcomeError)) throw error
    const wanted = decision.status.startsWith('ACCEPTED_') ? 'CLAIM_ACCEPTED' : 'CLAIM_REJECTED'
    if ((await getIssue(client, issueId)).currentState.status === wanted) return
    await client.http.json(request)
  }
}
