import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import type { Browser, Page } from 'playwright-core'
import type { AftersaleServer } from './aftersale-server.js'
import { launchChromium, screenshotDir } from './browser.js'

/**
 * Debian's Chromium as `launchChromium` starts it, plus a fake camera: Chromium's test pattern
 * stands in for the device camera and the permission prompt is accepted automatically.
 */
export function launchChromiumWithFakeCamera(): Promise<Browser> {
  return launchChromium(['--use-fake-device-for-media-stream', '--use-fake-ui-for-media-stream'])
}

const pdfjsDir = path.dirname(
  fileURLToPath(import.meta.resolve('pdfjs-dist/legacy/build/pdf.min.mjs')),
)

// A module script, not import() inside page.evaluate: Vitest rewrites dynamic imports it sees.
const VIEWER_HTML = `<!doctype html><html><body style="margin:0;background:#ccc">
<script type="module">
import * as pdfjs from '/__e2e-pdf/pdf.min.mjs'
pdfjs.GlobalWorkerOptions.workerSrc = '/__e2e-pdf/pdf.worker.min.mjs'
window.pdfjsLib = pdfjs
</script></body></html>`

/**
 * Renders a PDF served by Aftersale with pdf.js inside the browser (same origin, same session):
 * one canvas per page, each saved as a PNG. Returns the page count, the text per page and the files.
 */
export async function renderPdfPages(
  server: AftersaleServer,
  page: Page,
  pdfPath: string,
  name: string,
): Promise<{ pages: number; texts: string[]; files: string[] }> {
  // pdf.js and a bare page are served by the test itself, on the app's origin.
  await page.route(`${server.url}/__e2e-pdf/**`, (route) => {
    const file = new URL(route.request().url()).pathname.split('/').pop() ?? ''
    if (file === 'viewer.html')
      return route.fulfill({
        contentType: 'text/html',
        body: VIEWER_HTML,
      })
    return route.fulfill({
      contentType: 'text/javascript',
      body: fs.readFileSync(path.join(pdfjsDir, path.basename(file))),
    })
  })
  await page.goto(`${server.url}/__e2e-pdf/viewer.html`)
  await page.waitForFunction(() => 'pdfjsLib' in window)
  const texts = await page.evaluate(async (url) => {
    const pdfjs = (window as unknown as { pdfjsLib: typeof import('pdfjs-dist') }).pdfjsLib
    const response = await fetch(url, { credentials: 'same-origin' })
    if (!response.ok) throw new Error(`evidence PDF answered ${response.status}`)
    const doc = await pdfjs.getDocument({ data: await response.arrayBuffer() }).promise
    const result: string[] = []
    for (let n = 1; n <= doc.numPages; n++) {
      const pdfPage = await doc.getPage(n)
      const viewport = pdfPage.getViewport({ scale: 1.5 })
      const canvas = document.createElement('canvas')
      canvas.width = viewport.width
      canvas.height = viewport.height
      canvas.dataset.page = String(n)
      canvas.style.display = 'block'
      canvas.style.margin = '8px'
      document.body.append(canvas)
      const context = canvas.getContext('2d') as CanvasRenderingContext2D
      await pdfPage.render({ canvasContext: context, viewport }).promise
      const content = await pdfPage.getTextContent()
      result.push(content.items.map((item) => ('str' in item ? item.str : '')).join(' '))
    }
    return result
  }, pdfPath)
  fs.mkdirSync(screenshotDir, { recursive: true })
  const files: string[] = []
  for (let n = 1; n <= texts.length; n++) {
    const file = path.join(screenshotDir, `${name}-page-${n}.png`)
    await page.locator(`canvas[data-page="${n}"]`).screenshot({ path: file })
    files.push(file)
  }
  return { pages: texts.length, texts, files }
}
