// Child process of the http benchmark: the real app (authenticated) and a bare Fastify route.
// Plain JavaScript on the compiled server (server/dist), as `npm start` runs it in production.
import Fastify from 'fastify'
import { ensureServerBuild } from '../../server/bin/ensure-build.mjs'

const { createUserInWorkspace, loadConfig, startProcess } = await import(
  new URL('index.js', await ensureServerBuild()).href
)

const config = loadConfig({ ...process.env, PORT: '0', AFTERSALE_DEMO: '0', HOST: '127.0.0.1' })
const running = await startProcess(config, 'web', { print: () => {} })
const user = await createUserInWorkspace(running.runtime, {
  email: 'bench@bench.aftersale.local',
  password: 'bench password 1234',
  workspace: 'Bench',
  role: 'owner',
})
const login = await fetch(`${running.url}/api/v1/auth/login`, {
  method: 'POST',
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify({ email: 'bench@bench.aftersale.local', password: 'bench password 1234' }),
})
if (login.status !== 200) throw new Error(`bench login failed: ${login.status}`)
const cookie = login.headers
  .getSetCookie()
  .map((c) => c.split(';')[0])
  .join('; ')

const bare = Fastify()
bare.get('/bare', async () => ({ ok: true }))
const bareUrl = await bare.listen({ port: 0, host: '127.0.0.1' })

process.send({ appUrl: running.url, bareUrl, cookie, userId: user.userId })
process.on('message', async (message) => {
  if (message === 'cpu') process.send({ cpu: process.cpuUsage() })
  if (message === 'stop') {
    await bare.close()
    await running.stop()
    process.exit(0)
  }
})
