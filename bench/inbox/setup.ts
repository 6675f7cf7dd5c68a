import { ensureTags } from '../../server/src/modules/customers/index.js'
import type { Runtime } from '../../server/src/platform/runtime.js'
import { benchScope } from '../lib/runtime.js'
import { addChannelAccount, addMember } from '../lib/workspace.js'

/** The Polish agents of the measured workspace; earlier ones carry more of the queue. */
const AGENTS = [
  'Ola Kamińska',
  'Bartek Nowicki',
  'Kasia Zielińska',
  'Tomek Wróbel',
  'Magda Lis',
  'Piotr Baran',
  'Ewa Sikora',
  'Marcin Dudek',
]
/** Tags sellers use, most used first. */
const TAGS = [
  'zwrot',
  'reklamacja',
  'faktura',
  'brak paczki',
  'uszkodzona przesyłka',
  'wymiana',
  'pilne',
  'VIP',
  'gwarancja',
  'B2B',
  'opinia',
  'dyskusja Allegro',
]

/** A workspace as the generator needs it: ids made through the real services. */
export interface BenchWorkspace {
  id: string
  name: string
  agents: string[]
  /** Channel accounts in the order allegro, email, widget. */
  accounts: string[]
  tags: { id: string; name: string }[]
}

/** Creates a workspace with agents (identity module), three channel accounts and tags. */
export async function setUpWorkspace(
  runtime: Runtime,
  name: string,
  agentCount = AGENTS.length,
): Promise<BenchWorkspace> {
  const owner = await addMember(runtime, name, `Właściciel ${name}`, 'owner')
  const agents: string[] = []
  for (const agent of AGENTS.slice(0, agentCount))
    agents.push((await addMember(runtime, name, agent)).userId)
  const id = owner.workspaceId
  const accounts = [
    await addChannelAccount(runtime, id, 'allegro', `Allegro ${name}`),
    await addChannelAccount(runtime, id, 'email', `Poczta ${name}`),
    await addChannelAccount(runtime, id, 'widget', `Czat ${name}`),
  ]
  const tags = await runtime.inWorkspace(benchScope(id), (ctx) => ensureTags(ctx, TAGS))
  const byName = new Map(tags.map((t) => [t.name.toLowerCase(), t]))
  return {
    id,
    name,
    agents,
    accounts,
    tags: TAGS.map((t) => byName.get(t.toLowerCase()) as { id: string; name: string }),
  }
}
