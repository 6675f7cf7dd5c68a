// Child process of the tracking-page benchmark: seeds a shop's orders through the import path,
// then serves the real app (web role) on a free port and hands the tracking tokens over.
import { startProcess } from '../../server/src/main.js'
import { loadConfig } from '../../server/src/platform/config.js'
import { analyzeChangedTables, analyzesLikeAutovacuum } from '../lib/autovacuum.js'
import { benchScope } from '../lib/runtime.js'
import { seededRandom } from '../lib/stats.js'
import { addChannelAccount, addMember } from '../lib/workspace.js'
import { NEIGHBOUR_ORDERS, ORDERS } from './scale.js'
import { seedOrders } from './seed-orders.js'

const started = performance.now()
const config = loadConfig({
  ...process.env,
  PORT: '0',
  HOST: '127.0.0.1',
  AFTERSALE_DEMO: '0',
  LOG_LEVEL: 'warn',
})
const running = await startProcess(config, 'web', { print: () => {} })
const { runtime } = running
const random = seededRandom(2026)

const shop = await addMember(runtime, 'Kraina Kawy', 'Właściciel Kraina Kawy', 'owner')
await addChannelAccount(runtime, shop.workspaceId, 'widget', 'Czat na stronie')
await runtime.inWorkspace(benchScope(shop.workspaceId), (ctx) =>
  ctx.trx
    .insertInto('orderSettings')
    .values({
      workspaceId: shop.workspaceId,
      shopName: 'Kraina Kawy',
      accentColor: '#4a2f1b',
      logoUrl: 'https://cdn.example.pl/kraina-kawy.png',
      updatedAt: new Date(),
    })
    .execute(),
)
const tokens = await seedOrders(runtime, shop.workspaceId, ORDERS, random, 'KK')
const neighbour = await addMember(runtime, 'Sąsiad', 'Właściciel Sąsiad', 'owner')
await seedOrders(runtime, neighbour.workspaceId, NEIGHBOUR_ORDERS, random, 'NB')
if (await analyzesLikeAutovacuum(runtime)) await analyzeChangedTables(runtime)
const counts = await runtime.database.db
  .selectFrom('orders')
  .leftJoin('shipments', 'shipments.orderId', 'orders.id')
  .select((eb) => [
    eb.fn.count<string>('orders.id').distinct().as('orders'),
    eb.fn.count<string>('shipments.id').as('parcels'),
  ])
  .executeTakeFirstOrThrow()
const events = await runtime.database.db
  .selectFrom('trackingEvents')
  .select((eb) => eb.fn.countAll<string>().as('n'))
  .executeTakeFirstOrThrow()

process.send?.({
  url: running.url,
  tokens,
  orders: Number(counts.orders),
  parcels: Number(counts.parcels),
  scans: Number(events.n),
  seedSeconds: Math.round((performance.now() - started) / 100) / 10,
})
process.on('message', async (message) => {
  if (message === 'queries') process.send?.({ queries: runtime.database.counter.queries })
  if (message === 'cpu') process.send?.({ cpu: process.cpuUsage() })
  if (message === 'stop') {
    await running.stop()
    process.exit(0)
  }
})
