import { randomUUID } from 'node:crypto'
import type { FastifyInstance } from 'fastify'
import { createUserInWorkspace, type Role } from '../modules/identity/index.js'
import type { Runtime } from '../platform/runtime.js'

/** A signed-in user of a fresh workspace, with helpers to call the API as them. */
export interface TestSession {
  workspaceId: string
  userId: string
  email: string
  password: string
  cookie: string
  csrf: string
  headers: Record<string, string>
}

let counter = 0
/** A unique, readable e-mail address for a test user. */
export const uniqueEmail = (label = 'user') =>
  `${label}.${process.pid}.${++counter}.${randomUUID().slice(0, 6)}@test.aftersale.local`

/** Creates a user with a role in a workspace (a new one unless `workspace` names an existing one). */
export async function buildUser(
  runtime: Runtime,
  options: { role?: Role; workspace?: string; name?: string } = {},
) {
  const email = uniqueEmail(options.role ?? 'owner')
  const password = `pw-${randomUUID()}`
  const workspace = options.workspace ?? `Workspace ${randomUUID().slice(0, 8)}`
  const result = await createUserInWorkspace(runtime, {
    email,
    password,
    workspace,
    role: options.role ?? 'owner',
    name: options.name,
  })
  return { ...result, email, password, workspace }
}

/** Logs a user in through the API and returns cookie and CSRF headers for later calls. */
export async function loginAs(
  app: FastifyInstance,
  user: { email: string; password: string; userId: string; workspaceId: string },
): Promise<TestSession> {
  const response = await app.inject({
    method: 'POST',
    url: '/api/v1/auth/login',
    payload: { email: user.email, password: user.password },
  })
  if (response.statusCode !== 200)
    throw new Error(`login failed: ${response.statusCode} ${response.body}`)
  const cookies = response.cookies as { name: string; value: string }[]
  const session = cookies.find((c) => c.name === 'aftersale_session')!.value
  const csrf = cookies.find((c) => c.name === 'aftersale_csrf')!.value
  const cookie = `aftersale_session=${session}; aftersale_csrf=${csrf}`
  return {
    workspaceId: user.workspaceId,
    userId: user.userId,
    email: user.email,
    password: user.password,
    cookie,
    csrf,
    headers: { cookie, 'x-csrf-token': csrf },
  }
}

/** A new workspace with a signed-in user of the given role. */
export async function buildSession(
  runtime: Runtime,
  app: FastifyInstance,
  options: { role?: Role; workspace?: string } = {},
): Promise<TestSession> {
  return loginAs(app, await buildUser(runtime, options))
}
