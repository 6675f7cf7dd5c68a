import type { EmailDetail, EmailParts } from './email-parts.js'
import { escapeHtml as e, readableTextOn, safeAccentColor } from './html-safety.js'

const FONT = 'font-family:Arial,Helvetica,sans-serif;font-size:16px;line-height:1.5;color:#1f2937;'
const MUTED = 'color:#6b7280;font-size:13px;line-height:1.5;'

const paragraph = (text: string) => `<p style="margin:0 0 16px;">${e(text)}</p>`
const multiline = (text: string) => e(text).replace(/\r?\n/g, '<br>')

function detailRow(detail: EmailDetail, accent: string): string {
  const value = detail.href
    ? `<a href="${e(detail.href)}" style="color:${accent};">${e(detail.value)}</a>`
    : e(detail.value)
  return `<tr><td style="padding:4px 12px 4px 0;color:#6b7280;vertical-align:top;">${e(detail.label)}</td><td style="padding:4px 0;font-weight:bold;vertical-align:top;word-break:break-all;">${value}</td></tr>`
}

function table(rows: string[]): string {
  return `<table role="presentation" cellpadding="0" cellspacing="0" style="margin:0 0 16px;border-collapse:collapse;">${rows.join('')}</table>`
}

function header(parts: EmailParts): string {
  const inner = parts.logoUrl
    ? `<img src="${e(parts.logoUrl)}" alt="${e(parts.shopName)}" style="max-width:180px;max-height:60px;border:0;display:block;">`
    : `<span style="font-size:20px;font-weight:bold;">${e(parts.shopName)}</span>`
  return `<tr><td style="padding:24px 24px 0;">${inner}</td></tr>`
}

function button(parts: EmailParts, accent: string): string {
  const text = readableTextOn(accent)
  return `<table role="presentation" cellpadding="0" cellspacing="0" style="margin:8px 0 24px;"><tr><td style="border-radius:6px;background:${accent};"><a href="${e(parts.button.href)}" style="display:inline-block;padding:12px 24px;border-radius:6px;background:${accent};color:${text};font-weight:bold;text-decoration:none;">${e(parts.button.label)}</a></td></tr></table>`
}

/**
 * Lays an e-mail out as HTML that survives mail clients: nested tables, inline styles only,
 * 600 px wide at most and fluid below, the seller's accent colour on the call-to-action.
 * Every interpolated value is escaped; URLs were already limited to http(s).
 */
export function renderEmailHtml(parts: EmailParts, accentColor: string | undefined): string {
  const accent = safeAccentColor(accentColor)
  const body: string[] = [paragraph(parts.greeting), ...parts.paragraphs.map(paragraph)]
  if (parts.details.length > 0) body.push(table(parts.details.map((d) => detailRow(d, accent))))
  if (parts.summary) {
    const { heading, lines, total } = parts.summary
    body.push(`<p style="margin:0 0 8px;font-weight:bold;">${e(heading)}</p>`)
    const items = lines.map(
      (line) => `<tr><td colspan="2" style="padding:2px 0;">${e(line)}</td></tr>`,
    )
    body.push(table([...items, detailRow(total, accent)]))
  }
  body.push(button(parts, accent))
  if (parts.questions) body.push(paragraph(parts.questions))
  body.push(`<p style="margin:0;">${e(parts.closing)}<br>${e(parts.shopName)}</p>`)
  const footer = parts.footer
    ? `<tr><td style="padding:16px 24px 0;${MUTED}">${multiline(parts.footer)}</td></tr>`
    : ''
  return [
    '<!DOCTYPE html>',
    `<html lang="${e(parts.language)}"><head><meta charset="utf-8">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${e(parts.subject)}</title></head>`,
    '<body style="margin:0;padding:0;background:#f3f4f6;">',
    '<table role="presentation" width="100%" cellpadding="0" cellspacing="0" style="background:#f3f4f6;"><tr><td align="center" style="padding:24px 12px;">',
    `<table role="presentation" width="100%" cellpadding="0" cellspacing="0" style="max-width:600px;background:#ffffff;border-radius:8px;${FONT}">`,
    header(parts),
    `<tr><td style="padding:24px;">${body.join('')}</td></tr>`,
    '</table>',
    `<table role="presentation" width="100%" cellpadding="0" cellspacing="0" style="max-width:600px;">${footer}</table>`,
    '</td></tr></table></body></html>',
  ].join('\n')
}
