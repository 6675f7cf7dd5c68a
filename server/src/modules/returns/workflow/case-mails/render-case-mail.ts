import { escapeHtml } from '../../../orders/index.js'
import type { CaseMailData, CaseMailStrings } from './mail-data.js'
import { caseMailDe } from './strings-de.js'
import { caseMailEn } from './strings-en.js'
import { caseMailPl } from './strings-pl.js'

const STRINGS: Record<'pl' | 'en' | 'de', CaseMailStrings> = {
  pl: caseMailPl,
  en: caseMailEn,
  de: caseMailDe,
}

/** A case e-mail in the buyer's language: polite, with the case, its deadline and a link to its status page. */
export function renderCaseMail(
  data: CaseMailData,
  language: 'pl' | 'en' | 'de',
): { subject: string; text: string; html: string } {
  const strings = STRINGS[language]
  const paragraphs = [strings.caseLine(data), ...strings.body[data.kind](data)]
  const subject = `${strings.subject[data.kind]} — ${data.caseNumber}`
  const text = [
    strings.greeting,
    '',
    ...paragraphs.flatMap((p) => [p, '']),
    `${strings.statusLink} ${data.statusUrl}`,
    '',
    strings.signOff(data.shopName),
  ].join('\n')
  const html = [
    '<!doctype html><html><body style="font-family:system-ui,sans-serif;line-height:1.5;color:#1f2937">',
    `<p>${escapeHtml(strings.greeting)}</p>`,
    ...paragraphs.map((p) => `<p>${escapeHtml(p).replace(/\n/g, '<br>')}</p>`),
    `<p>${escapeHtml(strings.statusLink)} <a href="${escapeHtml(data.statusUrl)}">${escapeHtml(data.statusUrl)}</a></p>`,
    `<p>${escapeHtml(strings.signOff(data.shopName)).replace(/\n/g, '<br>')}</p>`,
    '</body></html>',
  ].join('\n')
  return { subject, text, html }
}
