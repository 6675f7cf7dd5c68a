import { isValidEmail, MAX_EMAIL_CHARS } from '../../../orders/index.js'
import type { CaseKind, Remedy } from '../../rules/types.js'
import { RETURN_REASONS, type ReturnReason } from '../../service/case-input.js'
import { type FormFields, field } from './form-fields.js'
import type { PortalIssue } from './portal-strings.js'

/** The longest description a case stores (return_cases.description's check). */
export const MAX_DESCRIPTION_CHARS = 5000

/** The remedies a complaint may ask for, in the order the law offers them (art. 43d–43e). */
export const REMEDIES: readonly Remedy[] = [
  'repair',
  'replacement',
  'price_reduction',
  'withdrawal',
]

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i

/** The second step's answers, checked. */
export interface CaseRequest {
  reasonCode: ReturnReason
  description: string
  requestedRemedy: Remedy | null
  /** The address to answer at; null means the order's. */
  email: string | null
  /** The form's one-time id: the same form sent twice opens one case. */
  formId: string
}

/** The request, or its first problem with the field it belongs to. */
export type RequestCheck =
  | { ok: true; request: CaseRequest }
  | { ok: false; issue: PortalIssue; field: 'reason' | 'description' | 'remedy' | 'email' | 'form' }

/** Reasons offered for each kind: a complaint is about a fault, so "changed my mind" is not one. */
export function reasonsFor(kind: CaseKind): readonly ReturnReason[] {
  return kind === 'complaint' ? RETURN_REASONS.filter((r) => r !== 'changed_mind') : RETURN_REASONS
}

/**
 * Checks the details form: a reason of the kind, a description (required for a complaint, so the
 * seller knows the fault), a remedy for a complaint, an e-mail when the order has none.
 */
export function readCaseRequest(
  fields: FormFields,
  kind: CaseKind,
  orderHasEmail: boolean,
): RequestCheck {
  const formId = field(fields, 'formId')
  if (!UUID.test(formId)) return { ok: false, issue: 'form_expired', field: 'form' }
  const reason = field(fields, 'reason')
  if (!(reasonsFor(kind) as readonly string[]).includes(reason))
    return { ok: false, issue: 'reason_required', field: 'reason' }
  const description = field(fields, 'description')
  if (description.length > MAX_DESCRIPTION_CHARS)
    return { ok: false, issue: 'description_too_long', field: 'description' }
  if (kind === 'complaint' && description === '')
    return { ok: false, issue: 'description_required', field: 'description' }
  const remedy = field(fields, 'remedy')
  const requestedRemedy = (REMEDIES as readonly string[]).includes(remedy)
    ? (remedy as Remedy)
    : null
  if (kind === 'complaint' && !requestedRemedy)
    return { ok: false, issue: 'remedy_required', field: 'remedy' }
  const email = field(fields, 'email')
  if (email === '' && !orderHasEmail) return { ok: false, issue: 'email_required', field: 'email' }
  if (email !== '' && (email.length > MAX_EMAIL_CHARS || !isValidEmail(email)))
    return { ok: false, issue: 'email_invalid', field: 'email' }
  return {
    ok: true,
    request: {
      reasonCode: reason as ReturnReason,
      description,
      requestedRemedy: kind === 'complaint' ? requestedRemedy : null,
      email: email === '' ? null : email,
      formId: formId.toLowerCase(),
    },
  }
}
