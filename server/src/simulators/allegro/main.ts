import { parseArgs } from 'node:util'
import { seedAllegroDemo } from './seed-allegro-demo.js'
import { startAllegroSimulator } from './start-allegro-simulator.js'

// Standalone simulator for local development: `npx tsx src/simulators/allegro/main.ts --port 4010`.
const { values } = parseArgs({
  options: {
    port: { type: 'string', default: '4010' },
    host: { type: 'string', default: '127.0.0.1' },
    'redirect-uri': { type: 'string', multiple: true, default: [] },
    'no-seed': { type: 'boolean', default: false },
  },
})

const simulator = await startAllegroSimulator({
  port: Number(values.port),
  host: values.host,
  deviceIntervalSeconds: 1,
})
const seed = values['no-seed']
  ? null
  : seedAllegroDemo(simulator.state, { redirectUris: values['redirect-uri'] })
process.stdout.write(`Allegro simulator listening on ${simulator.url}\n`)
if (seed) {
  process.stdout.write(
    `Demo app: client_id=${seed.clientId} client_secret=${seed.clientSecret}, seller ${seed.sellerLogin}, ${seed.threadIds.length} threads\n`,
  )
}
const stop = () => void simulator.close().then(() => process.exit(0))
process.once('SIGINT', stop)
process.once('SIGTERM', stop)
