import { execFile, spawn } from 'node:child_process'
import { closeSync, existsSync, openSync } from 'node:fs'
import { chmod, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { delimiter, join } from 'node:path'
import { promisify } from 'node:util'
import { ImapFlow } from 'imapflow'
import { dovecotConfig, usersFile } from './dovecot-config.js'
import { freePort, waitForPort } from './free-port.js'

const run = promisify(execFile)

/** A throwaway Dovecot serving plain IMAP on 127.0.0.1 (see shared/recipes/imap-test-server.md). */
export interface TestDovecot {
  host: string
  port: number
  /** Appends a raw message to a mailbox (created when missing) and returns its UID. */
  append(
    user: string,
    mailbox: string,
    raw: string | Buffer,
    options?: { date?: Date; flags?: string[] },
  ): Promise<{ uid: number; uidValidity: number }>
  /** A logged-in client for set-up steps the helpers do not cover; the caller logs it out. */
  connect(user: string): Promise<ImapFlow>
  /** Drops every IMAP connection of `user` (`doveadm kick`), as a server restart would. */
  kick(user: string): Promise<void>
  stop(): Promise<void>
}

/** Options of `startDovecot`; `imapCapability` replaces the advertised list (e.g. to hide IDLE). */
export interface DovecotOptions {
  users: Record<string, string>
  imapCapability?: string
}

/** The path of the dovecot binary, or null when it is not installed (tests then skip). */
export function dovecotBinary(): string | null {
  // sbin is often missing from an unprivileged PATH, where Debian installs it.
  const dirs = [...(process.env.PATH ?? '').split(delimiter), '/usr/sbin', '/usr/local/sbin']
  return (
    dirs
      .map((dir) => join(dir, 'dovecot'))
      .find((path) => path.startsWith('/') && existsSync(path)) ?? null
  )
}

/** Starts Dovecot from a temporary directory on a free port; `stop()` removes everything again. */
export async function startDovecot(options: DovecotOptions): Promise<TestDovecot> {
  const binary = dovecotBinary()
  if (!binary) throw new Error('dovecot is not installed (apt-get install -y dovecot-imapd)')
  const dir = await mkdtemp(join(tmpdir(), 'aftersale-dovecot-'))
  await chmod(dir, 0o755)
  const port = await freePort()
  const config = join(dir, 'dovecot.conf')
  await mkdir(join(dir, 'mail'))
  await writeFile(join(dir, 'users'), usersFile(options.users))
  await writeFile(config, dovecotConfig({ dir, port, imapCapability: options.imapCapability }))
  await ownMailDirectory(join(dir, 'mail'))
  const logOf = async () =>
    [
      await readFile(join(dir, 'startup.log'), 'utf8').catch(() => ''),
      await readFile(join(dir, 'log'), 'utf8').catch(() => ''),
    ].join('\n')
  // In the foreground (-F) Dovecot stays this process's child: no pid file to wait for, and an
  // early exit (a bad config) is seen at once.
  const output = openSync(join(dir, 'startup.log'), 'w')
  const daemon = spawn(binary, ['-F', '-c', config], { stdio: ['ignore', output, output] })
  closeSync(output)
  const exited = new Promise<void>((resolve) => daemon.once('close', () => resolve()))
  const killOnExit = () => daemon.kill('SIGTERM')
  // A test run that dies without calling stop() must not leave a daemon behind.
  process.once('exit', killOnExit)
  const failed = new Promise<never>((_, reject) => {
    daemon.once('error', reject)
    exited.then(() => reject(new Error(`dovecot exited with ${daemon.exitCode}`)))
  })
  failed.catch(() => {}) // only the start-up race below listens
  try {
    await Promise.race([waitForPort(port, 10_000), failed])
  } catch (error) {
    killOnExit()
    process.off('exit', killOnExit)
    const log = await logOf()
    await rm(dir, { recursive: true, force: true })
    throw new Error(`dovecot did not start: ${String(error)}\n${log}`)
  }

  const connect = async (user: string) => {
    const password = options.users[user]
    if (password === undefined) throw new Error(`no test user ${user}`)
    const client = new ImapFlow({
      host: '127.0.0.1',
      port,
      secure: false,
      auth: { user, pass: password },
      logger: false,
    })
    await client.connect()
    return client
  }

  return {
    host: '127.0.0.1',
    port,
    connect,
    async append(user, mailbox, raw, append = {}) {
      const client = await connect(user)
      try {
        if (mailbox.toUpperCase() !== 'INBOX') {
          const existing = await client.list()
          if (!existing.some((entry) => entry.path === mailbox)) await client.mailboxCreate(mailbox)
        }
        const result = await client.append(mailbox, raw, append.flags ?? [], append.date)
        if (!result || result.uid === undefined) throw new Error('APPEND returned no UID')
        return { uid: result.uid, uidValidity: Number(result.uidValidity) }
      } finally {
        await client.logout().catch(() => client.close())
      }
    },
    async kick(user) {
      await run('doveadm', ['-c', config, 'kick', user]).catch(async (error) => {
        // 68 is doveadm's "no users kicked": nothing was connected, which is no failure.
        if ((error as { code?: unknown }).code === 68) return
        throw new Error(`doveadm kick failed: ${String(error)}\n${await logOf()}`)
      })
    },
    async stop() {
      process.off('exit', killOnExit)
      killOnExit()
      const slow = setTimeout(() => daemon.kill('SIGKILL'), 10_000)
      await exited
      clearTimeout(slow)
      await rm(dir, { recursive: true, force: true })
    },
  }
}

// As root the mail processes run as `dovecot` (see dovecot-config.ts) and must own the mail.
async function ownMailDirectory(path: string): Promise<void> {
  if (process.getuid?.() === 0) await run('chown', ['dovecot:dovecot', path])
}
