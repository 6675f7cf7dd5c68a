import type { ChannelConnector } from '../contract.js'

/**
 * The web chat: visitors read their conversation through the widget API, so a reply is
 * delivered once it is stored; the widget's live stream pushes it to an open page.
 */
export const widgetConnector: ChannelConnector = {
  kind: 'widget',
  async send(_account, reply) {
    return { externalId: `widget:${reply.messageId}` }
  },
  async findDelivered(_account, reply) {
    return { externalId: `widget:${reply.messageId}` }
  },
}
