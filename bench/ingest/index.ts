// Allegro-shaped messages through the real ingest path, page by page as the sync job stores
// them, against a plain multi-row INSERT of the same rows. Targets: ≥ 2,000 msg/s, ≥ 0.25 of raw.
import { analyzeChangedTables, analyzesLikeAutovacuum } from '../lib/autovacuum.js'
import { scratchDatabase } from '../lib/database.js'
import { backendName, startBenchRuntime } from '../lib/runtime.js'
import { percentile, progress, round } from '../lib/stats.js'
import { isSmall, printTable } from '../lib/table.js'
import { addChannelAccount, addMember } from '../lib/workspace.js'
import { allegroMessages, pages } from './allegro-messages.js'
import { createRawMessages, insertRawPage } from './raw-messages.js'
import { ingestPage } from './sync-page.js'
import { conversationIdsOf, storedCounts } from './verify.js'

const TOTAL = isSmall ? 5_000 : 50_000
const PAGE_SIZE = 100 // Allegro's page size
const ROUNDS = 5
const started = performance.now()

const scratch = await scratchDatabase()
const { runtime, close } = await startBenchRuntime(scratch.env)
try {
  const { workspaceId } = await addMember(runtime, 'Sklep Elektro24', 'Właściciel', 'owner')
  await addMember(runtime, 'Sklep Elektro24', 'Agentka Ola')
  const accountId = await addChannelAccount(runtime, workspaceId, 'allegro', 'Allegro Elektro24')
  // Another workspace's account beside it, so row-level security has something to filter.
  const other = await addMember(runtime, 'Inny sklep', 'Ktoś inny', 'owner')
  await addChannelAccount(runtime, other.workspaceId, 'allegro', 'Allegro inny')
  await createRawMessages(runtime)
  const messages = allegroMessages(TOTAL)
  const all = pages(messages, PAGE_SIZE)
  const perRound = Math.ceil(all.length / ROUNDS)
  // Between rounds, as autovacuum would on a production server (untimed; see lib/autovacuum.ts).
  const analyze = await analyzesLikeAutovacuum(runtime)
  progress(started, `${TOTAL} messages in ${all.length} pages generated`)

  // Rounds alternate between ingest and raw inserts, so drift in machine load hits both alike
  // and both tables grow alike; the raw rows point at the conversations ingest created.
  const ingestMs: number[] = []
  const rawMs: number[] = []
  let stored = 0
  for (let r = 0; r < ROUNDS; r++) {
    const slice = all.slice(r * perRound, (r + 1) * perRound)
    for (const page of slice) {
      const t = performance.now()
      stored += (await ingestPage(runtime, workspaceId, accountId, page)).stored
      ingestMs.push(performance.now() - t)
    }
    const conversationOf = await conversationIdsOf(runtime, workspaceId, accountId, slice.flat())
    for (const page of slice) {
      const rows = page.map((message) => ({
        message,
        conversationId: conversationOf.get(message.externalId) as string,
      }))
      const t = performance.now()
      await insertRawPage(runtime, workspaceId, accountId, rows)
      rawMs.push(performance.now() - t)
    }
    const analyzed = analyze ? await analyzeChangedTables(runtime) : []
    progress(
      started,
      `round ${r + 1}/${ROUNDS}: ${stored} messages ingested, ${analyzed.length} tables analyzed`,
    )
  }

  const counts = await storedCounts(runtime, workspaceId, accountId)
  const againMs = performance.now()
  let storedAgain = 0
  for (const page of all)
    storedAgain += (await ingestPage(runtime, workspaceId, accountId, page)).stored
  const duplicateSeconds = (performance.now() - againMs) / 1000
  const threads = new Set(messages.map((m) => m.externalThreadId)).size
  const failures = [
    stored !== TOTAL && `ingest reported ${stored} stored, expected ${TOTAL}`,
    counts.messages !== TOTAL && `${counts.messages} messages in the table, expected ${TOTAL}`,
    counts.raw !== TOTAL && `${counts.raw} raw rows, expected ${TOTAL}`,
    counts.conversations !== threads &&
      `${counts.conversations} conversations for ${threads} threads`,
    counts.messageCountSum !== TOTAL &&
      `conversation message counts sum to ${counts.messageCountSum}`,
    storedAgain !== 0 && `the second ingest stored ${storedAgain} messages, expected 0`,
  ].filter(Boolean)
  if (failures.length > 0) throw new Error(`ingest is not correct: ${failures.join('; ')}`)

  const sum = (values: number[]) => values.reduce((a, b) => a + b, 0)
  const msgPerSec = Math.round(TOTAL / (sum(ingestMs) / 1000))
  const rawMsgPerSec = Math.round(TOTAL / (sum(rawMs) / 1000))
  const ratioToRaw = round(msgPerSec / rawMsgPerSec, 3)
  const duplicateMsgPerSec = Math.round(TOTAL / duplicateSeconds)
  const row = (what: string, rate: number | string, ms: number[], target: string) => ({
    what,
    'msg/s': rate,
    'page p50 ms': ms.length ? round(percentile(ms, 50)) : '',
    'page p95 ms': ms.length ? round(percentile(ms, 95)) : '',
    target,
  })
  printTable(
    `Ingest: ${TOTAL} Allegro messages, ${threads} threads, pages of ${PAGE_SIZE}, ${backendName()}`,
    [
      row('real path: lock account, ingestMessages, store cursor', msgPerSec, ingestMs, '≥ 2000'),
      row('raw INSERT into a copy of messages (same indexes, FKs, RLS)', rawMsgPerSec, rawMs, ''),
      row('ratio real ÷ raw', ratioToRaw, [], '≥ 0.25'),
      row('second ingest of the same pages (all duplicates, 0 stored)', duplicateMsgPerSec, [], ''),
    ],
  )
  process.stdout.write(
    'Notes: both sides run as the app role in one workspace transaction per page; the raw side\n' +
      'inserts exactly the rows ingest stored (same conversation ids) into raw_messages, created\n' +
      'LIKE messages INCLUDING ALL plus the same foreign keys and RLS policy. Rounds alternate.\n' +
      (analyze
        ? "Tables past autovacuum's threshold were analyzed between rounds (untimed), as\n" +
          'autovacuum would have; BENCH_ANALYZE=off measures without statistics.\n'
        : 'No ANALYZE ran during the run (BENCH_ANALYZE=always adds it between rounds).\n') +
      `Checked: ${TOTAL} messages stored once, ${threads} conversations, second pass stored 0.\n`,
  )
  process.stdout.write(
    `${JSON.stringify({
      name: 'ingest',
      msgPerSec,
      ratioToRaw,
      rawMsgPerSec,
      duplicateMsgPerSec,
      messages: TOTAL,
      conversations: counts.conversations,
      analyzedBetweenRounds: analyze,
      backend: process.env.DATABASE_URL ? 'postgresql' : 'pglite',
    })}\n`,
  )
} finally {
  await close()
  await scratch.drop()
}
