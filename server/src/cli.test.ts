import { execFile, spawn } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { promisify } from 'node:util'
import { afterAll, describe, expect, inject, it } from 'vitest'

const run = promisify(execFile)
const bin = fileURLToPath(new URL('../bin/aftersale.mjs', import.meta.url))
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'aftersale-cli-'))
afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }))

/** The environment a user would have: the test database when on PostgreSQL, else a fresh data dir. */
function env(extra: Record<string, string> = {}) {
  const database = inject('testDatabase')
  const base: Record<string, string> = {
    ...(process.env as Record<string, string>),
    LOG_LEVEL: 'silent',
  }
  delete base.DATABASE_URL
  if (database.mode === 'server') base.DATABASE_URL = String(database.connection.connectionString)
  else base.AFTERSALE_DATA_DIR = dataDir
  return { ...base, ...extra }
}

async function cli(args: string[], extra: Record<string, string> = {}) {
  try {
    const { stdout, stderr } = await run(process.execPath, [bin, ...args], { env: env(extra) })
    return { code: 0, stdout, stderr }
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string }
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr }
  }
}

describe('aftersale CLI', () => {
  it('create-user creates the workspace when missing and prints the user id; again updates it', async () => {
    const email = `cli.${Date.now()}@test.aftersale.local`
    const args = [
      'create-user',
      '--email',
      email,
      '--password',
      'correct horse battery',
      '--workspace',
      `CLI ${email}`,
      '--role',
      'owner',
    ]
    const first = await cli(args)
    expect(first.code).toBe(0)
    expect(first.stdout.trim()).toMatch(/^[0-9a-f-]{36}$/)
    const second = await cli([...args.slice(0, -1), 'admin'])
    expect(second.code).toBe(0)
    expect(second.stdout.trim()).toBe(first.stdout.trim())
  }, 180_000)

  it('refuses bad arguments with a clear message and exit code 64', async () => {
    const result = await cli([
      'create-user',
      '--email',
      'nope',
      '--password',
      'short',
      '--workspace',
      'X',
      '--role',
      'king',
    ])
    expect(result.code).toBe(64)
    expect(result.stderr).toContain('--email must be an e-mail address')
    expect(result.stderr).toContain('--password must have at least 10 characters')
    expect(result.stderr).toContain('--role must be one of owner, admin, agent, viewer')
    const unknown = await cli(['launch'])
    expect(unknown.code).toBe(64)
    expect(unknown.stderr).toContain('Unknown command "launch"')
  }, 60_000)

  it('stops at start-up with one line naming a bad variable', async () => {
    const result = await cli(['start'], { PORT: 'eighty' })
    expect(result.code).toBe(78)
    expect(result.stderr.trim()).toBe(
      'Invalid configuration: PORT must be an integer port from 0 to 65535 (0 picks a free one), got "eighty"',
    )
  }, 60_000)

  it('import orders reads a CSV into a workspace, exits 2 and writes FILE.errors.csv when rows fail', async () => {
    const workspace = `CLI import ${Date.now()}`
    const owner = await cli([
      'create-user',
      '--email',
      `import.${Date.now()}@test.aftersale.local`,
      '--password',
      'correct horse battery',
      '--workspace',
      workspace,
    ])
    expect(owner.code).toBe(0)
    const file = path.join(dataDir, 'zamowienia.csv')
    const rows = [
      'numer_zamowienia;data_zamowienia;email_kupujacego;nazwa_produktu;ilosc;cena',
      'CLI-1;2024-03-05 10:00;jan@wp.pl;Kawa 1 kg;2;89,99',
      'CLI-1;;;Młynek;1;149,00',
      'CLI-2;2024-03-06 11:00;anna@o2.pl;Herbata;1;12,3,4',
      'CLI-3;2024-03-07 12:00;ola@gmail.com;Filtry;3;9,50',
    ]
    fs.writeFileSync(file, `${rows.join('\n')}\n`)
    const first = await cli(['import', 'orders', file, '--workspace', workspace])
    expect(first.stderr).not.toContain('aftersale:')
    expect(first.code).toBe(2)
    expect(first.stdout).toContain('Imported 3 of 4 rows')
    expect(first.stdout).toContain('orders: 2 new, 0 updated, 0 unchanged')
    expect(first.stdout).toContain('failed rows: 1')
    const errorsFile = path.join(dataDir, 'zamowienia.errors.csv')
    expect(first.stdout).toContain(errorsFile)
    expect(fs.readFileSync(errorsFile, 'utf8')).toBe(
      'line,column,message\r\n4,cena,"cena ""12,3,4"" is not an amount"\r\n',
    )

    rows[3] = 'CLI-2;2024-03-06 11:00;anna@o2.pl;Herbata;1;12,34'
    fs.writeFileSync(file, `${rows.join('\n')}\n`)
    const second = await cli(['import', 'orders', file, '--workspace', workspace])
    expect(second.code).toBe(0)
    expect(second.stdout).toContain('orders: 1 new, 0 updated, 2 unchanged')
    expect(fs.existsSync(errorsFile)).toBe(false)
  }, 180_000)

  it('import exits 1 naming the missing columns, or the missing file', async () => {
    const file = path.join(dataDir, 'bez-ceny.csv')
    fs.writeFileSync(file, 'numer_zamowienia;data_zamowienia;nazwa_produktu\nA;2024-03-05;Kawa\n')
    const workspace = `CLI import header ${Date.now()}`
    await cli([
      'create-user',
      '--email',
      `header.${Date.now()}@test.aftersale.local`,
      '--password',
      'correct horse battery',
      '--workspace',
      workspace,
    ])
    const header = await cli(['import', 'orders', file, '--workspace', workspace])
    expect(header.code).toBe(1)
    expect(header.stderr).toContain('The header lacks required column: item_unit_price')
    const missing = await cli(['import', 'orders', path.join(dataDir, 'nie-ma.csv')])
    expect(missing.code).toBe(1)
    expect(missing.stderr).toContain('File not found:')
    const usage = await cli(['import', 'customers', file])
    expect(usage.code).toBe(64)
  }, 120_000)

  it('worker runs only the job workers and stops cleanly on SIGTERM', async () => {
    const worker = spawn(process.execPath, [bin, 'worker'], {
      env: env(),
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    let out = ''
    let err = ''
    worker.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString()
    })
    worker.stderr.on('data', (chunk: Buffer) => {
      err += chunk.toString()
    })
    const exited = new Promise<number | null>((resolve) => worker.once('exit', resolve))
    const deadline = Date.now() + 60_000
    while (
      !out.includes('workers are running') &&
      Date.now() < deadline &&
      worker.exitCode === null
    ) {
      await new Promise((resolve) => setTimeout(resolve, 100))
    }
    expect(out).toContain('Aftersale workers are running')
    expect(out).not.toContain('Aftersale is running at')
    worker.kill('SIGTERM')
    expect(await exited, err).toBe(0)
  }, 90_000)
})
