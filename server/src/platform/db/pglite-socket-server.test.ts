import pg from 'pg'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type EmbeddedPostgres, startEmbeddedPostgres } from './embedded-postgres.js'

let embedded: EmbeddedPostgres
let pool: pg.Pool
beforeAll(async () => {
  embedded = await startEmbeddedPostgres(null, 40)
  pool = new pg.Pool({
    host: embedded.socketDir,
    port: embedded.port,
    user: 'postgres',
    database: 'postgres',
    max: 20,
  })
  await pool.query(`create role socket_probe nologin`)
})
afterAll(async () => {
  await pool.end()
  await embedded.stop()
})

describe('embedded PostgreSQL socket server', () => {
  it('keeps concurrent parameterised queries and transactions of many connections apart', async () => {
    const work = Array.from({ length: 200 }, async (_, i) => {
      if (i % 4 === 0) {
        const client = await pool.connect()
        try {
          await client.query('begin')
          await client.query(
            `select set_config('app.probe', $1, true), set_config('role', 'socket_probe', true)`,
            [`tx-${i}`],
          )
          const inside = await client.query(
            `select current_setting('app.probe') as probe, current_user as role`,
          )
          expect(inside.rows[0]).toEqual({ probe: `tx-${i}`, role: 'socket_probe' })
          await client.query(i % 8 === 0 ? 'commit' : 'rollback')
        } finally {
          client.release()
        }
      } else {
        const { rows } = await pool.query(
          `select $1::text as mine, current_user as role, coalesce(current_setting('app.probe', true), '') as probe`,
          [`q-${i}`],
        )
        expect(rows[0]).toEqual({ mine: `q-${i}`, role: 'postgres', probe: '' })
      }
    })
    await Promise.all(work)
  })

  it('rolls back what a vanished connection left open and serves the others', async () => {
    const client = new pg.Client({
      host: embedded.socketDir,
      port: embedded.port,
      user: 'postgres',
      database: 'postgres',
    })
    await client.connect()
    client.on('error', () => {}) // the socket is cut on purpose below
    await client.query('create table if not exists probe_rows (v text)')
    await client.query('begin')
    await client.query(`insert into probe_rows values ($1)`, ['never committed'])
    const waiting = pool.query('select count(*)::int as n from probe_rows')
    ;(
      client as unknown as { connection: { stream: { destroy(): void } } }
    ).connection.stream.destroy()
    const { rows } = await waiting
    expect(rows[0].n).toBe(0)
  })
})
