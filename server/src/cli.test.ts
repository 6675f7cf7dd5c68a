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

  it('worker runs only the job workers and stops cleanly on SIGTERM', async () => {
    const worker = spawn(process.execPath, [bin, 'worker'], {
      env: env(),
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    let out = ''
    worker.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString()
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
    expect(await exited).toBe(0)
  }, 90_000)
})
