/**
 * An e-mail address shown as a hint without giving it away to whoever holds the link:
 * the first letter of the local part and the whole domain ("k•••@example.pl").
 */
export function maskEmail(email: string): string {
  const at = email.lastIndexOf('@')
  if (at < 1) return '•••'
  return `${email.slice(0, 1)}•••${email.slice(at)}`
}
