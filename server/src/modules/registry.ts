import type { AppModule } from '../platform/module.js'
import { channelsModule } from './channels/index.js'
import { conversationsModule } from './conversations/index.js'
import { customersModule } from './customers/index.js'
import { identityModule } from './identity/index.js'
import { ordersModule } from './orders/index.js'
import { returnsModule } from './returns/index.js'
import { webchatModule } from './webchat/index.js'

/** Every module in dependency order: migrations run and routes register in this order. */
export const modules: AppModule[] = [
  identityModule,
  customersModule,
  channelsModule,
  conversationsModule,
  webchatModule,
  ordersModule,
  returnsModule,
]
