/** An agent's availability and current load as the auto-assigner sees it; capacity null means unlimited. */
export type AgentLoad = {
  userId: string
  available: boolean
  openCount: number
  capacity: number | null
}

/** Whether an agent can take one more conversation: available and below capacity. */
export function canTakeConversation(agent: AgentLoad): boolean {
  return agent.available && (agent.capacity === null || agent.openCount < agent.capacity)
}

/** The next agent after `lastAssignedUserId` in the given stable order who can take a conversation, wrapping around (the first such agent when the last is unknown), or null when nobody can. */
export function pickRoundRobin(
  agents: AgentLoad[],
  lastAssignedUserId: string | null,
): string | null {
  const last = agents.findIndex((agent) => agent.userId === lastAssignedUserId)
  for (let step = 1; step <= agents.length; step++) {
    const agent = agents[(last + step) % agents.length]!
    if (canTakeConversation(agent)) return agent.userId
  }
  return null
}

/** The agent who can take a conversation with the lowest openCount/capacity ratio (unlimited counts as 0), ties going to fewer open conversations and then to the earlier agent, or null when all are full or away. */
export function pickLeastLoaded(agents: AgentLoad[]): string | null {
  let best: { agent: AgentLoad; ratio: number } | null = null
  for (const agent of agents) {
    if (!canTakeConversation(agent)) continue
    const ratio = agent.capacity === null ? 0 : agent.openCount / agent.capacity
    // Strict comparisons keep the earlier agent on a full tie.
    if (
      !best ||
      ratio < best.ratio ||
      (ratio === best.ratio && agent.openCount < best.agent.openCount)
    ) {
      best = { agent, ratio }
    }
  }
  return best?.agent.userId ?? null
}
