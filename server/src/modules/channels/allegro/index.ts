export { ALLEGRO_ENVIRONMENTS, type AllegroAccountSettings } from './allegro-account.js'
export { AllegroClient, type MessagesFilter } from './allegro-client.js'
export {
  type AllegroConnectorOptions,
  allegroConnector,
  createAllegroConnector,
} from './allegro-connector.js'
export { AllegroApiError, AllegroOAuthError, UncertainOutcomeError } from './allegro-errors.js'
export {
  type AllegroApp,
  type AllegroTokenSet,
  authorizationUrl,
  type DeviceAuthorization,
  type DevicePollResult,
  exchangeAuthorizationCode,
  pollDeviceFlow,
  refreshAccessToken,
  startDeviceFlow,
} from './allegro-oauth.js'
export type { AllegroOutboundReply } from './allegro-send.js'
export type { AllegroCredentials } from './allegro-types.js'
