import { allegroConnector } from './allegro/allegro-connector.js'
import type { ChannelConnector, ChannelKind } from './contract.js'
import { emailConnector } from './email/email-connector.js'
import { widgetConnector } from './widget/widget-connector.js'

const CONNECTORS: Record<ChannelKind, ChannelConnector> = {
  email: emailConnector,
  allegro: allegroConnector,
  widget: widgetConnector,
}

/** The connector that talks to a kind of channel. */
export function connectorFor(kind: ChannelKind): ChannelConnector {
  return CONNECTORS[kind]
}
