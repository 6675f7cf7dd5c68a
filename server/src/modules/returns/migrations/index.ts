import { sql } from 'kysely'
import type { Migration } from '../../../platform/db/migrations.js'
import { isolateByWorkspace } from '../../../platform/db/row-security.js'
import { casesSchema } from './001-cases.js'
import { packingSchema } from './002-packing.js'

const TABLES = [
  'return_settings',
  'return_cases',
  'return_case_items',
  'return_case_events',
  'return_case_files',
  'return_refunds',
  'return_case_mails',
  'return_sync_state',
  'pack_checks',
  'pack_photos',
]

/** The returns module's schema: cases, items, timeline, files, refunds, settings and packing checks. */
export const returnMigrations = (appRole: string): Migration[] => [
  casesSchema,
  packingSchema,
  {
    id: 'returns/003-row-security',
    async up(trx) {
      for (const table of TABLES) await isolateByWorkspace(trx, table, appRole)
      // The public case status page knows only the case token: this finds its workspace with the
      // owner's rights, after which the request runs under row-level security.
      await sql`create function return_workspace_by_portal_token(token text) returns uuid
        language sql stable security definer set search_path = public
        as $$ select workspace_id from return_cases where portal_token = token $$`.execute(trx)
      await sql`revoke all on function return_workspace_by_portal_token(text) from public`.execute(
        trx,
      )
      await sql`grant execute on function return_workspace_by_portal_token(text) to ${sql.id(appRole)}`.execute(
        trx,
      )
    },
  },
]
