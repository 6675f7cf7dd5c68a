import type { TrackingLanguage } from '../../../orders/index.js'
import type { PortalBranding } from './portal-frame.js'

/** What every page about one order needs: its link token, number, look and language. */
export interface OrderPageFrame {
  language: TrackingLanguage
  nonce: string
  token: string
  orderNumber: string
  branding: PortalBranding
}
