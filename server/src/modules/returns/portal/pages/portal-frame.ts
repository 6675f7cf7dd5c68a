import type { SafeHtml, TrackingLanguage } from '../../../orders/index.js'
import { accentPalette, pageDocument } from '../../../orders/index.js'
import { portalStrings } from '../rules/portal-strings.js'
import { PORTAL_STYLES } from './portal-styles.js'

/** The seller's look, as order settings give it. */
export interface PortalBranding {
  shopName: string | null
  accentColor: string | null
  logoUrl: string | null
}

/** What every portal page has around its content. */
export interface PortalFrame {
  language: TrackingLanguage
  nonce: string
  title: string
  branding: PortalBranding | null
  /** Whether the URL is the customer's key (order or case link), so the footer warns not to share it. */
  personal: boolean
  content: SafeHtml
}

/** A whole portal page in the tracking page's shell (same header, switcher and CSS), one column. */
export function portalDocument(frame: PortalFrame): string {
  return pageDocument({
    language: frame.language,
    title: frame.title,
    palette: accentPalette(frame.branding?.accentColor),
    nonce: frame.nonce,
    shopName: frame.branding?.shopName?.trim() || portalStrings(frame.language).portalTitle,
    logoUrl: frame.branding?.logoUrl ?? null,
    layout: 'single',
    privacyNote: frame.personal,
    content: frame.content,
    extraStyles: PORTAL_STYLES,
  })
}
