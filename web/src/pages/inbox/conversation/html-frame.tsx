import { useMemo } from 'react'
import { useTranslation } from 'react-i18next'

const LINE_PX = 21
const MIN_PX = 48
const MAX_PX = 640

const BLOCK = /<(?:p|div|br|li|tr|h[1-6]|blockquote|table|ul|ol|pre|hr)\b/gi

function textLines(text: string): number {
  return text.split('\n').reduce((sum, line) => sum + Math.max(1, Math.ceil(line.length / 80)), 0)
}

/** A height guess (a fully sandboxed frame cannot be measured): the larger of text and HTML layouts. */
function estimateHeight(html: string, text: string): number {
  const blocks = html.match(BLOCK)?.length ?? 0
  const flat = html.replace(BLOCK, '\n$&').replace(/<[^>]*>/g, '')
  const images = (html.match(/<img\b/gi)?.length ?? 0) * 8
  const lines = Math.max(textLines(text), textLines(flat) + Math.ceil(blocks * 0.6) + images)
  return Math.min(MAX_PX, Math.max(MIN_PX, lines * LINE_PX + 16))
}

/** Wraps sanitised HTML in a document that blocks scripts, remote fetches except images, and forms. */
function srcDoc(html: string): string {
  return `<!doctype html><html><head><meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="default-src 'none'; img-src https: data:; style-src 'unsafe-inline'"><base target="_blank"><style>body{margin:0;font:14px/1.5 system-ui,-apple-system,'Segoe UI',Roboto,sans-serif;color:#212529;overflow-wrap:anywhere}img{max-width:100%;height:auto}blockquote{margin:0 0 0 .5em;padding-left:.75em;border-left:3px solid #dee2e6;color:#666}pre{white-space:pre-wrap}</style></head><body>${html}</body></html>`
}

/**
 * Sanitised message HTML in `<iframe sandbox="">`: no scripts, no same-origin access, so even a
 * sanitiser miss cannot touch the app. The box can be resized by dragging its corner.
 */
export function HtmlFrame({ html, text }: { html: string; text: string }) {
  const { t } = useTranslation()
  const doc = useMemo(() => srcDoc(html), [html])
  const height = useMemo(() => estimateHeight(html, text), [html, text])
  return (
    <div className="as-msg-frame" style={{ height }}>
      <iframe
        sandbox=""
        srcDoc={doc}
        title={t('thread.htmlBody')}
        referrerPolicy="no-referrer"
        loading="lazy"
        data-testid="message-html"
      />
    </div>
  )
}
