import {
  conversationCounts,
  listConversations,
} from '../../server/src/modules/conversations/service/conversation-list.js'
import { searchInbox } from '../../server/src/modules/conversations/service/search.js'
import type { ServiceContext } from '../../server/src/platform/context.js'
import type { Runtime } from '../../server/src/platform/runtime.js'
import type { BenchWorkspace } from './setup.js'

/** What agents type into the search box: words, two words, surnames, e-mail fragments. */
export const SEARCHES = [
  'reklamacja',
  'paczka',
  'faktura',
  'gwarancja',
  'zwrot pieniędzy',
  'kurier DPD',
  'paczkomat pełny',
  'Kowalska',
  'Wiśniewski',
  'Müller',
  'anna.nowak',
  'piotr.kaminski',
]

/** The measured inbox calls, each one workspace transaction as the app role, as a route runs them. */
export function inboxOperations(runtime: Runtime, workspace: BenchWorkspace) {
  const [allegro] = workspace.accounts
  const as = <T>(userId: string, work: (ctx: ServiceContext) => Promise<T>) =>
    runtime.inWorkspace(
      { workspaceId: workspace.id, actor: { type: 'user', id: userId, label: 'Bench agent' } },
      work,
    )
  const agent = (i: number) => workspace.agents[i % workspace.agents.length] as string
  const lead = agent(0)
  return {
    /** The default inbox: every open conversation, SLA order, first page of 50. */
    list: () =>
      as(lead, (ctx) => listConversations(ctx, lead, { view: 'all', status: 'open', limit: 50 })),
    /** An agent's own Allegro queue ("mine" + the Allegro account), agents in turn. */
    filtered: (i: number) =>
      as(agent(i), (ctx) =>
        listConversations(ctx, agent(i), {
          view: 'mine',
          status: 'open',
          channelAccountId: allegro,
          limit: 50,
        }),
      ),
    /** Every open conversation with one of the three most used tags. */
    tagged: (i: number) =>
      as(lead, (ctx) =>
        listConversations(ctx, lead, {
          view: 'all',
          status: 'open',
          tag: workspace.tags[i % 3]?.name,
          limit: 50,
        }),
      ),
    /** The search box, queries in turn. */
    search: (i: number) =>
      as(lead, (ctx) => searchInbox(ctx, SEARCHES[i % SEARCHES.length] as string)),
    /** The sidebar's counts per view, status and channel. */
    counts: () => as(lead, (ctx) => conversationCounts(ctx, lead)),
  }
}
