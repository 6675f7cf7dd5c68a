import type { AllegroHttp, AllegroRequest } from '../../../channels/allegro/allegro-http.js'

/** Anything carrying Allegro's HTTP client: an `AllegroClient`, or `{ http }` in tests. */
export interface AllegroCaller {
  http: Pick<AllegroHttp, 'json'>
}

/** The media type of Allegro's beta resources (customer returns, post-purchase issues). */
export const ALLEGRO_BETA_MEDIA_TYPE = 'application/vnd.allegro.beta.v1+json'

/**
 * Marks a request for a beta resource: the spec lists only the beta media type for
 * `/order/customer-returns*` and `/sale/issues*`, and Allegro answers the public one with 406.
 * AllegroHttp sends `mediaType` as Accept and Content-Type.
 */
export function betaRequest(request: AllegroRequest): AllegroRequest {
  const versioned: AllegroRequest & { mediaType: string } = {
    ...request,
    mediaType: ALLEGRO_BETA_MEDIA_TYPE,
  }
  return versioned
}

/** Encodes one path segment. */
export const segment = (value: string) => encodeURIComponent(value)
