import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  type AgentLoad,
  canTakeConversation,
  pickLeastLoaded,
  pickRoundRobin,
} from './assignment.js'

const agent = (
  userId: string,
  openCount = 0,
  capacity: number | null = null,
  available = true,
) => ({
  userId,
  available,
  openCount,
  capacity,
})

const agents = fc
  .array(
    fc.record({
      available: fc.boolean(),
      openCount: fc.nat({ max: 20 }),
      capacity: fc.option(fc.nat({ max: 20 })),
    }),
    { maxLength: 8 },
  )
  .map((loads): AgentLoad[] => loads.map((load, index) => ({ userId: `u${index}`, ...load })))

describe('canTakeConversation', () => {
  it('needs availability and room below capacity', () => {
    expect(canTakeConversation(agent('a', 2, 3))).toBe(true)
    expect(canTakeConversation(agent('a', 3, 3))).toBe(false)
    expect(canTakeConversation(agent('a', 0, 0))).toBe(false)
    expect(canTakeConversation(agent('a', 99, null))).toBe(true)
    expect(canTakeConversation(agent('a', 0, null, false))).toBe(false)
  })
})

describe('pickRoundRobin', () => {
  const team = [agent('ann'), agent('bob', 5, 5), agent('cid', 0, null, false), agent('dee')]

  it('takes the next agent after the last one, skipping full and away agents', () => {
    expect(pickRoundRobin(team, 'ann')).toBe('dee')
    expect(pickRoundRobin(team, 'dee')).toBe('ann')
    expect(pickRoundRobin(team, 'bob')).toBe('dee')
  })

  it('starts from the top when the last agent is unknown or none', () => {
    expect(pickRoundRobin(team, null)).toBe('ann')
    expect(pickRoundRobin(team, 'left-the-company')).toBe('ann')
  })

  it('gives it back to the last agent when nobody else can take it', () => {
    expect(pickRoundRobin([agent('ann'), agent('bob', 1, 1)], 'ann')).toBe('ann')
  })

  it('returns null when nobody can take it', () => {
    expect(pickRoundRobin([], null)).toBeNull()
    expect(pickRoundRobin([agent('ann', 1, 1), agent('bob', 0, null, false)], 'ann')).toBeNull()
  })

  it('cycles through every eligible agent in order', () => {
    const picks: string[] = []
    let last: string | null = null
    for (let i = 0; i < 6; i++) {
      last = pickRoundRobin(team, last)
      picks.push(last!)
    }
    expect(picks).toEqual(['ann', 'dee', 'ann', 'dee', 'ann', 'dee'])
  })

  it('picks someone eligible exactly when someone is eligible', () => {
    fc.assert(
      fc.property(agents, fc.option(fc.nat({ max: 9 })), (loads, lastIndex) => {
        const picked = pickRoundRobin(loads, lastIndex === null ? null : `u${lastIndex}`)
        const eligible = loads.filter(canTakeConversation).map((load) => load.userId)
        if (eligible.length === 0) expect(picked).toBeNull()
        else expect(eligible).toContain(picked)
      }),
    )
  })
})

describe('pickLeastLoaded', () => {
  it('prefers the lowest share of capacity in use', () => {
    expect(pickLeastLoaded([agent('ann', 4, 10), agent('bob', 1, 2), agent('cid', 3, 10)])).toBe(
      'cid',
    )
  })

  it('breaks ratio ties by fewer open conversations, then by order', () => {
    expect(pickLeastLoaded([agent('ann', 4, 8), agent('bob', 2, 4)])).toBe('bob')
    expect(pickLeastLoaded([agent('ann', 2, 4), agent('bob', 2, 4)])).toBe('ann')
  })

  it('treats unlimited agents as empty, ordering them by open conversations', () => {
    expect(
      pickLeastLoaded([agent('ann', 0, 5), agent('bob', 7, null), agent('cid', 3, null)]),
    ).toBe('ann')
    expect(
      pickLeastLoaded([agent('ann', 1, 5), agent('bob', 7, null), agent('cid', 3, null)]),
    ).toBe('cid')
  })

  it('skips full and away agents and returns null when all are', () => {
    expect(pickLeastLoaded([agent('ann', 0, 5, false), agent('bob', 4, 5)])).toBe('bob')
    expect(pickLeastLoaded([agent('ann', 5, 5), agent('bob', 0, 0)])).toBeNull()
    expect(pickLeastLoaded([])).toBeNull()
  })

  it('picks an eligible agent no more loaded than any other eligible one', () => {
    const ratio = (load: AgentLoad) => (load.capacity === null ? 0 : load.openCount / load.capacity)
    fc.assert(
      fc.property(agents, (loads) => {
        const picked = loads.find((load) => load.userId === pickLeastLoaded(loads))
        const eligible = loads.filter(canTakeConversation)
        if (eligible.length === 0) {
          expect(picked).toBeUndefined()
          return
        }
        expect(picked && canTakeConversation(picked)).toBe(true)
        for (const other of eligible) {
          expect(ratio(picked!)).toBeLessThanOrEqual(ratio(other))
          if (ratio(other) === ratio(picked!)) {
            expect(picked!.openCount).toBeLessThanOrEqual(other.openCount)
          }
        }
      }),
    )
  })
})
