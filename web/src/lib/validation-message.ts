import type { ApiError } from '../api/api-error'
import { i18n } from '../i18n'

/** One failed rule as the server reports it in `details.issues`. */
interface Issue {
  path?: string
  rule?: string
  limit?: number | null
}

const RULES = ['minLength', 'maxLength', 'format', 'required', 'enum'] as const
type Rule = (typeof RULES)[number]

/** A translated sentence for the first validation issue, or null when the rule is not one we translate. */
export function validationMessage(error: ApiError): string | null {
  const issues = error.details?.issues
  const first = Array.isArray(issues) ? (issues[0] as Issue | undefined) : undefined
  if (!first?.rule || !(RULES as readonly string[]).includes(first.rule)) return null
  const name = first.path?.split('/').at(-1) ?? ''
  const fieldKey = `fields.${name}`
  const field = i18n.exists(fieldKey) ? i18n.t(fieldKey as 'fields.password') : name
  return i18n.t(`validation.${first.rule as Rule}`, { field, count: first.limit ?? 0 })
}
