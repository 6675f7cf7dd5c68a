import type { AppModule } from '../platform/module.js'
import { identityModule } from './identity/index.js'

/** Every module in dependency order: migrations run and routes register in this order. */
export const modules: AppModule[] = [identityModule]
