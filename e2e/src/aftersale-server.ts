import { execFileSync, spawn } from 'node:child_process'
import fs from 'node:fs'
import { createServer } from 'node:net'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const root = fileURLToPath(new URL('../../', import.meta.url))

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number }
      server.close(() => resolve(port))
    })
  })
}

/** A running Aftersale started the way a user starts it (`npm start`), on a fresh data dir. */
export interface AftersaleServer {
  url: string
  /** The demo owner's login as `npm start` printed it on the first start. */
  demo: { email: string; password: string }
  stop(): Promise<void>
}

/** Optionally creates users with the CLI contract, then runs `npm start` and waits for /readyz. */
export async function startAftersale(
  users: { email: string; password: string; workspace: string; role: string; name?: string }[] = [],
): Promise<AftersaleServer> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'aftersale-e2e-'))
  const port = await freePort()
  const env: Record<string, string> = {
    ...(process.env as Record<string, string>),
    AFTERSALE_DATA_DIR: dataDir,
    PORT: String(port),
    LOG_LEVEL: 'warn',
    AFTERSALE_DEMO: '1',
  }
  delete env.DATABASE_URL
  for (const user of users) {
    const args = ['aftersale', 'create-user', '--email', user.email, '--password', user.password]
    args.push(
      '--workspace',
      user.workspace,
      '--role',
      user.role,
      ...(user.name ? ['--name', user.name] : []),
    )
    execFileSync('npx', args, { cwd: root, env, stdio: ['ignore', 'pipe', 'inherit'] })
  }
  const child = spawn(process.execPath, [path.join(root, 'scripts', 'start.mjs')], {
    cwd: root,
    env,
    stdio: ['ignore', 'pipe', 'inherit'],
  })
  let printed = ''
  child.stdout!.on('data', (chunk: Buffer) => {
    printed += chunk.toString()
  })
  let stopping = false
  const exited = new Promise((resolve) => child.once('exit', resolve))
  // A server that dies under a test shows up as refused connections; say why it ended.
  child.once('exit', (code, signal) => {
    if (!stopping)
      process.stderr.write(`Aftersale (npm start) ended early: code ${code}, signal ${signal}\n`)
  })
  const url = `http://127.0.0.1:${port}`
  const deadline = Date.now() + 120_000
  for (;;) {
    const ready = await fetch(`${url}/readyz`)
      .then((r) => r.ok)
      .catch(() => false)
    if (ready) break
    const failure =
      child.exitCode !== null || child.signalCode !== null
        ? `npm start exited with ${child.exitCode ?? child.signalCode}`
        : Date.now() > deadline
          ? 'Aftersale did not become ready'
          : null
    if (failure) {
      // Leave nothing behind: a half-started server would keep running after the test run.
      stopping = true
      child.kill('SIGTERM')
      await exited
      fs.rmSync(dataDir, { recursive: true, force: true })
      throw new Error(failure)
    }
    await new Promise((resolve) => setTimeout(resolve, 200))
  }
  const email = /e-mail:\s+(\S+)/.exec(printed)?.[1] ?? ''
  const password = /password:\s+(\S+)/.exec(printed)?.[1] ?? ''
  return {
    url,
    demo: { email, password },
    async stop() {
      stopping = true
      child.kill('SIGTERM')
      await exited
      fs.rmSync(dataDir, { recursive: true, force: true })
    },
  }
}
