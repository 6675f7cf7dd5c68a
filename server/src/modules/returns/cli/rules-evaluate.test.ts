import { PassThrough, Readable, Writable } from 'node:stream'
import { describe, expect, it } from 'vitest'
import { runRulesCommand } from './rules-evaluate.js'

const contractCase = {
  id: 'x',
  kind: 'withdrawal',
  buyer: 'consumer',
  country: 'PL',
  deliveries: ['2026-11-02'],
  requestedAt: '2026-11-16',
  informedOfWithdrawalRight: true,
  sellerReturnDays: 30,
  items: [{ sku: 'A', flags: ['personalized'], unsealed: false }],
}

async function run(input: string, argv = ['evaluate']) {
  const stdout = new PassThrough()
  const chunks: Buffer[] = []
  stdout.on('data', (chunk: Buffer) => chunks.push(chunk))
  const code = await runRulesCommand(argv, Readable.from([input]), stdout)
  const text = Buffer.concat(chunks).toString('utf8')
  return { code, text, lines: text.split('\n').filter((line) => line !== '') }
}

describe('aftersale rules evaluate', () => {
  it('answers the contract example with exactly the contract keys in order', async () => {
    const { code, lines } = await run(`${JSON.stringify(contractCase)}\n`)
    expect(code).toBe(0)
    expect(lines).toEqual([
      '{"id":"x","decision":"refuse","reasons":["exception_personalized"],"deadline":"2026-12-02","respondBy":null,"refundBy":null}',
    ])
  })

  it('keeps the order, skips blank lines, and reports bad lines without stopping', async () => {
    const complaint = {
      ...contractCase,
      id: 7,
      kind: 'complaint',
      requestedAt: '2027-05-10',
    }
    const input = [
      JSON.stringify({ ...contractCase, id: 'a', items: [{ sku: 'A', flags: [] }] }),
      '',
      '   ',
      '{not json',
      JSON.stringify({ ...contractCase, id: 'b', requestedAt: '2026-02-30' }),
      JSON.stringify(complaint),
      JSON.stringify({ ...contractCase, id: 'c', buyer: 'company' }),
    ].join('\r\n')
    const { code, lines } = await run(input)
    expect(code).toBe(0)
    expect(lines.map((line) => JSON.parse(line))).toEqual([
      {
        id: 'a',
        decision: 'accept',
        reasons: ['within_statutory_period'],
        deadline: '2026-12-02',
        respondBy: null,
        refundBy: '2026-11-30',
      },
      { id: null, error: 'json: not a valid JSON line' },
      { id: 'b', error: 'requestedAt: expected a real calendar date YYYY-MM-DD' },
      {
        id: 7,
        decision: 'accept',
        reasons: ['within_liability', 'regime_consumer_rights_2023'],
        deadline: '2028-11-02',
        respondBy: '2027-05-24',
        refundBy: null,
      },
      { id: 'c', error: 'buyer: expected one of consumer, sole_trader, business' },
    ])
  })

  it('writes the whole evaluation with --explain', async () => {
    const { lines } = await run(JSON.stringify(contractCase), ['evaluate', '--explain'])
    expect(JSON.parse(lines[0]!)).toEqual({
      id: 'x',
      decision: 'refuse',
      reasons: ['exception_personalized'],
      deadline: '2026-12-02',
      respondBy: null,
      refundBy: null,
      returnGoodsBy: null,
      regime: 'consumer_withdrawal',
      deemedAcceptedOn: null,
      items: [{ sku: 'A', eligible: false, reason: 'exception_personalized' }],
    })
  })

  it('answers every case in order through a slow reader (backpressure)', async () => {
    const count = 5000
    const input = Array.from({ length: count }, (_, i) =>
      JSON.stringify({ ...contractCase, id: `c${i}`, items: [] }),
    ).join('\n')
    const received: string[] = []
    const slow = new Writable({
      highWaterMark: 1024,
      write(chunk: Buffer, _encoding, done) {
        received.push(chunk.toString('utf8'))
        setTimeout(done, 1)
      },
    })
    const code = await runRulesCommand(['evaluate'], Readable.from([input]), slow)
    expect(code).toBe(0)
    const ids = received
      .join('')
      .split('\n')
      .filter((line) => line !== '')
      .map((line) => JSON.parse(line).id)
    expect(ids).toEqual(Array.from({ length: count }, (_, i) => `c${i}`))
  })

  it('refuses unknown subcommands and options with the usage exit code', async () => {
    for (const argv of [['judge'], ['evaluate', '--verbose'], []]) {
      const stderr = new PassThrough()
      const code = await runRulesCommand(argv, Readable.from(['']), new PassThrough(), stderr)
      expect(code).toBe(64)
      expect(String(stderr.read())).toContain('Usage: aftersale rules evaluate')
    }
  })
})
