import { parseArgs } from 'node:util'
import { seedInpostDemo } from './seed-inpost-demo.js'
import { startInpostSimulator } from './start-inpost-simulator.js'

// Standalone simulator for local development: `npx tsx src/simulators/inpost/main.ts --port 4020`.
const { values } = parseArgs({
  options: {
    port: { type: 'string', default: '4020' },
    host: { type: 'string', default: '127.0.0.1' },
    'tracking-number': { type: 'string', multiple: true, default: [] },
    'no-seed': { type: 'boolean', default: false },
  },
})

const simulator = await startInpostSimulator({ port: Number(values.port), host: values.host })
const numbers = values['tracking-number']
const seeded = values['no-seed']
  ? []
  : seedInpostDemo(simulator.state, numbers.length > 0 ? numbers : undefined)
process.stdout.write(`InPost ShipX simulator listening on ${simulator.url}\n`)
for (const parcel of seeded) {
  process.stdout.write(`  ${parcel.trackingNumber}  ${parcel.stage} (${parcel.status})\n`)
}
const stop = () => void simulator.close().then(() => process.exit(0))
process.once('SIGINT', stop)
process.once('SIGTERM', stop)
