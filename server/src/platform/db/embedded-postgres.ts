import { createHash } from 'node:crypto'
import fs from 'node:fs'
import net from 'node:net'
import os from 'node:os'
import path from 'node:path'
import { PGlite } from '@electric-sql/pglite'
import { citext } from '@electric-sql/pglite/contrib/citext'
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm'
import { pgcrypto } from '@electric-sql/pglite/contrib/pgcrypto'
import { unaccent } from '@electric-sql/pglite/contrib/unaccent'
import { PGliteSocketServer } from './pglite-socket-server.js'

/** A running embedded PostgreSQL (PGlite) served on a private Unix socket. */
export interface EmbeddedPostgres {
  socketDir: string
  port: number
  stop(): Promise<void>
}

const SOCKET_PORT = 5432

/** Where the socket lives: a short private directory derived from the data dir (Unix socket paths are limited to ~100 bytes). */
function socketDirFor(pgDataDir: string): string {
  const digest = createHash('sha256').update(pgDataDir).digest('hex').slice(0, 12)
  return path.join(os.tmpdir(), `aftersale-${digest}`)
}

/** True when some process already answers on the socket, i.e. the data dir is in use. */
function socketAnswers(socketPath: string): Promise<boolean> {
  return new Promise((resolve) => {
    const probe = net.connect(socketPath)
    probe.once('connect', () => {
      probe.destroy()
      resolve(true)
    })
    probe.once('error', () => resolve(false))
  })
}

/** Opens (or creates) the PGlite database in `dataDir/pg` and serves it to local clients only. */
export async function startEmbeddedPostgres(
  dataDir: string | null,
  maxConnections: number,
): Promise<EmbeddedPostgres> {
  const pgDataDir = dataDir ? path.join(dataDir, 'pg') : null
  const socketDir = pgDataDir
    ? socketDirFor(pgDataDir)
    : fs.mkdtempSync(path.join(os.tmpdir(), 'aftersale-mem-'))
  fs.mkdirSync(socketDir, { recursive: true, mode: 0o700 })
  const socketPath = path.join(socketDir, `.s.PGSQL.${SOCKET_PORT}`)
  if (fs.existsSync(socketPath)) {
    if (await socketAnswers(socketPath)) {
      throw new Error(
        `The data directory ${dataDir} is already in use by another Aftersale process (socket ${socketPath}). Stop it first, or set DATABASE_URL to share a PostgreSQL server.`,
      )
    }
    fs.rmSync(socketPath) // left behind by a crashed process
  }
  if (pgDataDir) fs.mkdirSync(pgDataDir, { recursive: true })
  const pglite = await PGlite.create({
    dataDir: pgDataDir ?? 'memory://',
    extensions: { citext, pg_trgm, pgcrypto, unaccent },
  })
  const server = new PGliteSocketServer(pglite, socketPath, maxConnections)
  await server.start()
  return {
    socketDir,
    port: SOCKET_PORT,
    async stop() {
      await server.stop()
      await pglite.close()
      fs.rmSync(socketPath, { force: true })
      if (!pgDataDir) fs.rmSync(socketDir, { recursive: true, force: true })
    },
  }
}
