import type { Kysely } from 'kysely'
import { verifyPassword } from '../../../platform/crypto/passwords.js'
import { digest, randomSecret } from '../../../platform/crypto/secrets.js'
import type { DatabaseSchema } from '../../../platform/db/schema.js'
import { recordEvent } from '../../../platform/events/record-event.js'
import { AppError, forbidden } from '../../../platform/http/errors.js'
import type { Runtime } from '../../../platform/runtime.js'
import { announceIdentityChange } from '../identity-changes.js'
import { afterFailedLogin, lockoutRemaining, type ThrottleState } from '../rules/login-throttle.js'

/** A freshly issued browser session: the cookie secret and its CSRF token. */
export interface IssuedSession {
  sessionId: string
  token: string
  csrfToken: string
  userId: string
  workspaceId: string
}

/** Where a login comes from, for the audit log and rotation of an older session. */
export interface LoginOrigin {
  ip: string | null
  userAgent: string | null
  previousToken: string | null
}

const invalidCredentials = () =>
  new AppError(401, 'invalid_credentials', 'The e-mail or password is not correct.')

/** Checks e-mail and password under the lockout policy and opens a new session; a wrong password counts towards lockout. */
export async function login(
  runtime: Runtime,
  input: { email: string; password: string },
  origin: LoginOrigin,
): Promise<IssuedSession> {
  const { db } = runtime.database
  const { config } = runtime
  const email = input.email.trim().toLowerCase()
  const throttle = await db
    .selectFrom('loginThrottle')
    .select(['failures', 'windowStartedAt', 'lockedUntil'])
    .where('email', '=', email)
    .executeTakeFirst()
  const wait = lockoutRemaining(throttle ?? null, new Date())
  if (wait > 0) {
    throw new AppError(429, 'login_locked', 'Too many failed logins; try again later.', {
      retryAfterSeconds: wait,
    })
  }
  const user = await db
    .selectFrom('users')
    .select(['id', 'passwordHash'])
    .where('email', '=', email)
    .executeTakeFirst()
  if (!(await verifyPassword(user?.passwordHash ?? null, input.password))) {
    const next = afterFailedLogin(throttle ?? null, new Date(), {
      maxFailures: config.loginMaxFailures,
      windowMinutes: config.loginLockoutMinutes,
      lockoutMinutes: config.loginLockoutMinutes,
    })
    await saveThrottle(db, email, next)
    throw invalidCredentials()
  }
  if (throttle) await db.deleteFrom('loginThrottle').where('email', '=', email).execute()
  const workspaceId = await preferredWorkspace(db, user!.id)
  if (!workspaceId) throw forbidden('You are not a member of any workspace.', 'no_workspace')
  return openSession(runtime, user!.id, workspaceId, origin)
}

/** Issues a new session (rotating out the one the browser had) and audits the sign-in. */
export async function openSession(
  runtime: Runtime,
  userId: string,
  workspaceId: string,
  origin: LoginOrigin,
): Promise<IssuedSession> {
  const token = randomSecret(32)
  const csrfToken = randomSecret(24)
  const expiresAt = new Date(Date.now() + runtime.config.sessionMaxDays * 86_400_000)
  return runtime.database.db.transaction().execute(async (trx) => {
    if (origin.previousToken) {
      const old = await trx
        .deleteFrom('sessions')
        .where('tokenHash', '=', digest(origin.previousToken))
        .returning('id')
        .executeTakeFirst()
      if (old) await announceIdentityChange(trx, { kind: 'session', id: old.id })
    }
    const session = await trx
      .insertInto('sessions')
      .values({
        tokenHash: digest(token),
        userId,
        workspaceId,
        csrfToken,
        ip: origin.ip,
        userAgent: origin.userAgent?.slice(0, 400) ?? null,
        lastSeenAt: new Date(),
        expiresAt,
      })
      .returning('id')
      .executeTakeFirstOrThrow()
    const user = await trx
      .selectFrom('users')
      .select(['name', 'email'])
      .where('id', '=', userId)
      .executeTakeFirstOrThrow()
    await recordEvent(
      {
        trx,
        workspaceId,
        actor: { type: 'user', id: userId, label: `${user.name} <${user.email}>` },
        ip: origin.ip,
        requestId: null,
        jobs: runtime.jobs,
      },
      { name: 'identity.session.created', entityType: 'session', entityId: session.id },
    )
    return { sessionId: session.id, token, csrfToken, userId, workspaceId }
  })
}

/** Ends the session behind a cookie secret; unknown secrets are ignored. */
export async function logout(runtime: Runtime, token: string): Promise<void> {
  await runtime.database.db.transaction().execute(async (trx) => {
    const session = await trx
      .deleteFrom('sessions')
      .where('tokenHash', '=', digest(token))
      .returning(['id', 'workspaceId', 'userId'])
      .executeTakeFirst()
    if (!session) return
    await announceIdentityChange(trx, { kind: 'session', id: session.id })
  })
}

/** Moves a session to another workspace the user belongs to. */
export async function switchWorkspace(
  runtime: Runtime,
  sessionId: string,
  userId: string,
  workspaceId: string,
): Promise<void> {
  await runtime.database.db.transaction().execute(async (trx) => {
    const member = await trx
      .selectFrom('memberships')
      .select('role')
      .where('userId', '=', userId)
      .where('workspaceId', '=', workspaceId)
      .executeTakeFirst()
    if (!member) throw new AppError(404, 'not_found', 'Workspace was not found.')
    await trx.updateTable('sessions').set({ workspaceId }).where('id', '=', sessionId).execute()
    await announceIdentityChange(trx, { kind: 'session', id: sessionId })
  })
}

async function preferredWorkspace(
  db: Kysely<DatabaseSchema>,
  userId: string,
): Promise<string | null> {
  const recent = await db
    .selectFrom('memberships as m')
    .leftJoin('sessions as s', (join) =>
      join.onRef('s.userId', '=', 'm.userId').onRef('s.workspaceId', '=', 'm.workspaceId'),
    )
    .select('m.workspaceId')
    .where('m.userId', '=', userId)
    .orderBy('s.lastSeenAt', (order) => order.desc().nullsLast())
    .orderBy('m.createdAt')
    .limit(1)
    .executeTakeFirst()
  return recent?.workspaceId ?? null
}

async function saveThrottle(db: Kysely<DatabaseSchema>, email: string, state: ThrottleState) {
  await db
    .insertInto('loginThrottle')
    .values({ email, ...state })
    .onConflict((conflict) => conflict.column('email').doUpdateSet(state))
    .execute()
}
