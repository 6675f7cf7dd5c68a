import type { FastifyInstance, FastifyReply } from 'fastify'
import type { AllegroSimState } from './allegro-sim-state.js'
import { escapeHtml, hiddenInputs, htmlPage } from './sim-html.js'
import { DEVICE_PAGE_PATH } from './sim-oauth-routes.js'
import { formBody } from './sim-params.js'
import { SIM_SCOPES } from './sim-records.js'

type Query = Record<string, string | undefined>

/** Registers the pages a seller sees: code-flow consent and device-flow approval. */
export function registerSimConsentPages(app: FastifyInstance, state: AllegroSimState) {
  const page = (reply: FastifyReply, status: number, title: string, body: string) =>
    reply.code(status).type('text/html; charset=utf-8').send(htmlPage(title, body))
  const loginInput = (value: string | undefined) => {
    const login = value ?? state.users.keys().next().value ?? 'sklep-demo'
    return `<label for="login">Login sprzedawcy</label>
<input id="login" name="login" value="${escapeHtml(login)}" required>`
  }
  /** The registered app for this client and redirect URI; Allegro never redirects to others. */
  const checkClient = (params: Query) => {
    const client = state.apps.get(params.client_id ?? '')
    if (!client) return { error: 'Nieznana aplikacja (client_id).' }
    if (!params.redirect_uri || !client.redirectUris.includes(params.redirect_uri)) {
      return { error: 'Adres redirect_uri nie jest zarejestrowany dla tej aplikacji.' }
    }
    return { client, redirectUri: params.redirect_uri }
  }

  app.get('/auth/oauth/authorize', async (request, reply) => {
    const query = request.query as Query
    const checked = checkClient(query)
    if ('error' in checked) return page(reply, 400, 'Nie możemy wyświetlić strony', checked.error!)
    if (query.response_type !== 'code') {
      return page(reply, 400, 'Nie możemy wyświetlić strony', 'Wymagane response_type=code.')
    }
    const carried = {
      client_id: checked.client.clientId,
      redirect_uri: checked.redirectUri,
      state: query.state ?? null,
      scope: query.scope ?? null,
    }
    return page(
      reply,
      200,
      'Powiąż aplikację z kontem',
      `<p>Aplikacja <strong>${escapeHtml(checked.client.name)}</strong> prosi o dostęp do Twojego konta Allegro.</p>
<form method="post">
${hiddenInputs(carried)}
${loginInput(query.login)}
<button type="submit" name="decision" value="approve" data-testid="allegro-approve">Zezwól</button>
<button type="submit" name="decision" value="deny" data-testid="allegro-deny">Anuluj</button>
</form>`,
    )
  })

  app.post('/auth/oauth/authorize', async (request, reply) => {
    const form = Object.fromEntries(formBody(request.body)) as Query
    const checked = checkClient(form)
    if ('error' in checked) return page(reply, 400, 'Nie możemy wyświetlić strony', checked.error!)
    const target = new URL(checked.redirectUri)
    if (form.state) target.searchParams.set('state', form.state)
    const login = form.login?.trim()
    if (form.decision !== 'approve' || !login) {
      target.searchParams.set('error', 'access_denied')
      return reply.redirect(target.toString(), 302)
    }
    state.addUser(login)
    const requested = form.scope?.split(/\s+/).filter(Boolean) ?? []
    const scopes = requested.length > 0 ? requested : [...SIM_SCOPES]
    const code = state.tokens.createCode({
      clientId: checked.client.clientId,
      redirectUri: checked.redirectUri,
      login,
      scopes,
    })
    target.searchParams.set('code', code.code)
    return reply.redirect(target.toString(), 302)
  })

  app.get(DEVICE_PAGE_PATH, async (request, reply) => {
    const query = request.query as Query
    return page(
      reply,
      200,
      'Powiąż urządzenie z kontem',
      `<form method="post">
<label for="code">Kod z aplikacji</label>
<input id="code" name="code" value="${escapeHtml(query.code ?? '')}" required>
${loginInput(query.login)}
<button type="submit" name="decision" value="approve" data-testid="allegro-approve">Zezwól</button>
<button type="submit" name="decision" value="deny" data-testid="allegro-deny">Odrzuć</button>
</form>`,
    )
  })

  app.post(DEVICE_PAGE_PATH, async (request, reply) => {
    const form = Object.fromEntries(formBody(request.body)) as Query
    const code = form.code ?? ''
    const login = form.login?.trim() ?? ''
    const approve = form.decision === 'approve' && login !== ''
    const done = approve ? state.approveDevice(code, login) : state.denyDevice(code)
    if (!done) return page(reply, 400, 'Nieprawidłowy kod', 'Kod wygasł lub został już użyty.')
    const message = approve
      ? `Aplikacja została powiązana z kontem <strong>${escapeHtml(login)}</strong>. Możesz wrócić do aplikacji.`
      : 'Odmówiono dostępu. Możesz zamknąć tę stronę.'
    return page(
      reply,
      200,
      approve ? 'Gotowe' : 'Odmówiono',
      `<p data-testid="allegro-result">${message}</p>`,
    )
  })
}
