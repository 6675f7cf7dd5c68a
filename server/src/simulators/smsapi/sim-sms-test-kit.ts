import { SMSAPI_SIM_DEFAULT_TOKEN } from './smsapi-sim-state.js'
import { type RunningSmsapiSimulator, startSmsapiSimulator } from './start-smsapi-simulator.js'

/** One raw `sms.do` call: parameters as a form (default), query or JSON, with a token. */
export interface SmsCall {
  params: Record<string, string | number | boolean>
  as?: 'form' | 'query' | 'json'
  token?: string | null
  /** Raw body bytes instead of `params`, for charset tests. */
  rawBody?: Buffer
}

/** A simulator for tests and a raw caller for its API. */
export async function startSmsapiForTests() {
  const sim: RunningSmsapiSimulator = await startSmsapiSimulator()
  const kit = {
    sim,
    /** Empties the world and lifts every limit. */
    reset() {
      sim.state.reset()
      Object.assign(sim.state.config, { rateLimit: null, businessErrorStatus: 200 })
    },
    async sms(call: SmsCall) {
      const headers = new Headers()
      const token = call.token === undefined ? SMSAPI_SIM_DEFAULT_TOKEN : call.token
      if (token) headers.set('authorization', `Bearer ${token}`)
      const entries = Object.entries(call.params).map(([k, v]) => [k, String(v)])
      const form = new URLSearchParams(entries).toString()
      let url = `${sim.url}/sms.do`
      let body: BodyInit | undefined
      if (call.rawBody) {
        headers.set('content-type', 'application/x-www-form-urlencoded')
        body = new Uint8Array(call.rawBody)
      } else if (call.as === 'json') {
        headers.set('content-type', 'application/json')
        body = JSON.stringify(call.params)
      } else if (call.as === 'query') {
        url = `${url}?${form}`
      } else {
        headers.set('content-type', 'application/x-www-form-urlencoded')
        body = form
      }
      const method = call.as === 'query' ? 'GET' : 'POST'
      const response = await fetch(url, { method, headers, body })
      const text = await response.text()
      const json = response.headers.get('content-type')?.includes('json') ? JSON.parse(text) : null
      return { status: response.status, headers: response.headers, text, body: json }
    },
    async control(path: string, init: { method?: string; json?: unknown } = {}) {
      const response = await fetch(`${sim.url}/_control${path}`, {
        method: init.method ?? (init.json === undefined ? 'GET' : 'POST'),
        headers: init.json === undefined ? {} : { 'content-type': 'application/json' },
        body: init.json === undefined ? undefined : JSON.stringify(init.json),
      })
      return { status: response.status, body: await response.json() }
    },
  }
  return kit
}
