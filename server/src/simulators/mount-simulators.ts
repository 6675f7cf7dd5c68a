import type { FastifyInstance } from 'fastify'
import { createChannelAccount, patchCredentials } from '../modules/channels/index.js'
import { DEMO_WORKSPACE } from '../modules/identity/index.js'
import { systemActor } from '../platform/context.js'
import type { Runtime } from '../platform/runtime.js'
import { AllegroSimState, registerAllegroSimulator, seedAllegroDemo } from './allegro/index.js'
import { connectDemoOrders } from './connect-demo-orders.js'
import { InpostSimState, registerInpostSimulator } from './inpost/index.js'
import { registerSmsapiSimulator, SMSAPI_SIM_DEFAULT_TOKEN } from './smsapi/index.js'

const PREFIX = '/_sim/allegro'
const INPOST_PREFIX = '/_sim/inpost'
const SMSAPI_PREFIX = '/_sim/smsapi'

/**
 * Serves the Allegro simulator under /_sim/allegro and InPost's under /_sim/inpost (AFTERSALE_SIMULATORS=1) and, once the server
 * listens, connects the demo workspace to it: the simulator keeps its world in memory, so every
 * start seeds it anew and hands the demo account fresh tokens.
 */
export async function mountSimulators(
  app: FastifyInstance,
  runtime: Runtime,
): Promise<AllegroSimState> {
  const state = new AllegroSimState()
  await app.register(registerAllegroSimulator, {
    prefix: PREFIX,
    state,
    routeConfig: { public: true, tenancyExempt: 'simulator of a marketplace, not Aftersale data' },
  })
  const inpost = new InpostSimState()
  await app.register(registerInpostSimulator, {
    prefix: INPOST_PREFIX,
    state: inpost,
    routeConfig: { public: true, tenancyExempt: 'simulator of a carrier, not Aftersale data' },
  })
  await app.register(registerSmsapiSimulator, {
    prefix: SMSAPI_PREFIX,
    routeConfig: { public: true, tenancyExempt: 'simulator of an SMS gateway, not Aftersale data' },
  })
  app.addHook('onListen', async () => {
    const address = app.server.address()
    if (!address || typeof address === 'string') return
    const base = runtime.config.publicUrl ?? `http://127.0.0.1:${address.port}`
    await connectDemoOrders(runtime, inpost, {
      inpostUrl: `${base}${INPOST_PREFIX}`,
      smsApiUrl: `${base}${SMSAPI_PREFIX}`,
      smsToken: SMSAPI_SIM_DEFAULT_TOKEN,
    }).catch((error) =>
      runtime.log.warn(
        { err: error },
        'could not connect the demo workspace to the InPost simulator',
      ),
    )
    await connectDemoAllegro(runtime, state, base).catch((error) =>
      runtime.log.warn({ err: error }, 'could not connect the demo Allegro account'),
    )
  })
  return state
}

async function connectDemoAllegro(runtime: Runtime, state: AllegroSimState, base: string) {
  const workspace = await runtime.database.db
    .selectFrom('workspaces')
    .select(['id', 'createdAt'])
    .where('name', '=', DEMO_WORKSPACE)
    .executeTakeFirst()
  if (!workspace) return
  // The same seed times on every start: the account's cursor then sees nothing new after a restart.
  const seed = seedAllegroDemo(state, {
    redirectUris: [`${base}/api/v1/channels/allegro/callback`],
    now: new Date(workspace.createdAt),
    idKey: workspace.id,
  })
  const issued = state.issueTokens(seed.clientId, seed.sellerLogin)
  const tokens = {
    clientId: seed.clientId,
    clientSecret: seed.clientSecret,
    accessToken: issued.access_token,
    refreshToken: issued.refresh_token,
    accessTokenExpiresAt: new Date(Date.now() + issued.expires_in * 1000).toISOString(),
  }
  const settings = {
    environment: 'simulator',
    apiUrl: `${base}${PREFIX}`,
    authUrl: `${base}${PREFIX}`,
    sellerLogin: seed.sellerLogin,
  }
  const scope = { workspaceId: workspace.id, actor: systemActor('Allegro simulator') }
  const existing = await runtime.database.db
    .selectFrom('channelAccounts')
    .select('id')
    .where('workspaceId', '=', workspace.id)
    .where('kind', '=', 'allegro')
    .where('deletedAt', 'is', null)
    .where((eb) => eb(eb.ref('settings', '->>').key('environment'), '=', 'simulator'))
    .executeTakeFirst()
  const id =
    existing?.id ??
    (await runtime.inWorkspace(scope, (ctx) =>
      createChannelAccount(ctx, runtime.secrets, 'allegro', {
        name: `Allegro – ${seed.sellerLogin}`,
        settings,
        credentials: tokens,
      }),
    ))
  await runtime.inWorkspace(scope, async (ctx) => {
    await ctx.trx
      .updateTable('channelAccounts')
      .set({ settings: JSON.stringify(settings), status: 'active', lastError: null })
      .where('id', '=', id)
      .execute()
  })
  await runtime.inWorkspace(scope, (ctx) => patchCredentials(ctx, runtime.secrets, id, tokens))
  await runtime.jobs.boss.send(
    'conversations.sync-account',
    { accountId: id, workspaceId: workspace.id },
    { singletonKey: id },
  )
  // Orders too, at once rather than at the next five-minute tick.
  await runtime.jobs.boss.send('orders.sync-allegro-orders', {})
  // Returns and issues once the orders they belong to are in (a return waits for its order anyway).
  await runtime.jobs.boss.send('returns.sync-allegro-cases', {}, { startAfter: 20 })
}
