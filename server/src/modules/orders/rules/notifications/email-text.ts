import type { EmailDetail, EmailParts } from './email-parts.js'

const detailLine = (d: EmailDetail) => `${d.label}: ${d.value}${d.href ? ` (${d.href})` : ''}`

/** Lays an e-mail out as plain text, the `text/plain` part mail clients fall back to. */
export function renderEmailText(parts: EmailParts): string {
  const blocks: string[] = [parts.greeting, ...parts.paragraphs]
  if (parts.details.length > 0) blocks.push(parts.details.map(detailLine).join('\n'))
  if (parts.summary) {
    const { heading, lines, total } = parts.summary
    blocks.push([`${heading}:`, ...lines, detailLine(total)].join('\n'))
  }
  blocks.push(`${parts.button.label}: ${parts.button.href}`)
  if (parts.questions) blocks.push(parts.questions)
  blocks.push(`${parts.closing}\n${parts.shopName}`)
  // "-- " is the signature delimiter of RFC 3676 §4.3: clients fold the footer away.
  if (parts.footer) blocks.push(`-- \n${parts.footer}`)
  return `${blocks.join('\n\n')}\n`
}
