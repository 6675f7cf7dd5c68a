import pg from 'pg'
import type { TestProject } from 'vitest/node'
import { modules } from '../modules/registry.js'
import { openDatabase } from '../platform/db/database.js'
import { startEmbeddedPostgres } from '../platform/db/embedded-postgres.js'
import { runMigrations } from '../platform/db/migrations.js'
import { allMigrations } from '../platform/runtime.js'
import { TEST_APP_ROLE } from './test-database.js'

/**
 * One database for the whole run: a fresh PostgreSQL database when DATABASE_URL is set (dropped
 * afterwards), else an in-memory PGlite served over its socket in this process, as in production.
 */
export default async function setup(project: TestProject) {
  let teardown: () => Promise<void>
  let connection: pg.ClientConfig
  let mode: 'embedded' | 'server'
  if (process.env.DATABASE_URL) {
    const admin = new pg.Client({ connectionString: process.env.DATABASE_URL })
    await admin.connect()
    const name = `aftersale_test_${process.pid}_${Date.now().toString(36)}`
    await admin.query(`create database ${name}`)
    const url = new URL(process.env.DATABASE_URL)
    url.pathname = `/${name}`
    connection = { connectionString: url.toString() }
    mode = 'server'
    teardown = async () => {
      await admin.query(`drop database if exists ${name} with (force)`)
      await admin.end()
    }
  } else {
    const embedded = await startEmbeddedPostgres(null, 200)
    connection = {
      host: embedded.socketDir,
      port: embedded.port,
      user: 'postgres',
      database: 'postgres',
    }
    mode = 'embedded'
    teardown = () => embedded.stop()
  }
  const database = await openDatabase({
    databaseUrl: null,
    dataDir: '',
    dbPoolMax: 2,
    appDbRole: TEST_APP_ROLE,
    attachTo: { connection, mode },
  })
  await runMigrations(database.db, allMigrations(modules, TEST_APP_ROLE))
  await database.close()
  project.provide('testDatabase', { connection, mode })
  return teardown
}

declare module 'vitest' {
  export interface ProvidedContext {
    testDatabase: { connection: pg.ClientConfig; mode: 'embedded' | 'server' }
  }
}
