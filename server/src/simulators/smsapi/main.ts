import { parseArgs } from 'node:util'
import { SMSAPI_SIM_DEFAULT_TOKEN } from './smsapi-sim-state.js'
import { startSmsapiSimulator } from './start-smsapi-simulator.js'

// Standalone simulator for local development: `npx tsx src/simulators/smsapi/main.ts --port 4030`.
const { values } = parseArgs({
  options: {
    port: { type: 'string', default: '4030' },
    host: { type: 'string', default: '127.0.0.1' },
    token: { type: 'string', multiple: true, default: [] },
    sender: { type: 'string', multiple: true, default: [] },
  },
})

const simulator = await startSmsapiSimulator({ port: Number(values.port), host: values.host })
for (const token of values.token) simulator.state.tokens.add(token)
for (const sender of values.sender) simulator.state.senderNames.add(sender)
process.stdout.write(
  `SMSAPI simulator listening on ${simulator.url} (token ${[SMSAPI_SIM_DEFAULT_TOKEN, ...values.token].join(', ')}; senders ${[...simulator.state.senderNames].join(', ')})\n`,
)
const stop = () => void simulator.close().then(() => process.exit(0))
process.once('SIGINT', stop)
process.once('SIGTERM', stop)
