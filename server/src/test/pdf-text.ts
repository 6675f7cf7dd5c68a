/**
 * Test helper: the text of an uncompressed pdfkit PDF, page by page, decoded through each font's
 * ToUnicode CMap (pdfkit writes embedded-font text as glyph ids, PDF 1.7 §9.10.3).
 */
export function pdfPagesText(pdf: Buffer): string[] {
  const source = pdf.toString('latin1')
  const objects = new Map<string, string>()
  for (const match of source.matchAll(/(\d+) 0 obj([\s\S]*?)endobj/g))
    objects.set(match[1] as string, match[2] as string)
  const cmaps = new Map<string, Map<number, string>>()
  const cmapOf = (fontRef: string) => {
    const cached = cmaps.get(fontRef)
    if (cached) return cached
    const unicodeRef = /\/ToUnicode (\d+) 0 R/.exec(objects.get(fontRef) ?? '')?.[1]
    const map = parseCmap(objects.get(unicodeRef ?? '') ?? '')
    cmaps.set(fontRef, map)
    return map
  }
  const pages: string[] = []
  for (const body of objects.values()) {
    if (!/\/Type \/Page\b/.test(body)) continue
    const fonts = new Map<string, string>()
    const resources = objects.get(/\/Resources (\d+) 0 R/.exec(body)?.[1] ?? '') ?? body
    for (const m of resources.matchAll(/\/(F\d+) (\d+) 0 R/g))
      fonts.set(m[1] as string, m[2] as string)
    const contents = objects.get(/\/Contents (\d+) 0 R/.exec(body)?.[1] ?? '') ?? ''
    let map = new Map<number, string>()
    let text = ''
    for (const op of contents.matchAll(/\/(F\d+) [\d.]+ Tf|\[([^\]]*)\] TJ/g)) {
      if (op[1]) map = cmapOf(fonts.get(op[1]) ?? '')
      else
        for (const hex of (op[2] ?? '').matchAll(/<([0-9a-f]+)>/gi))
          for (let i = 0; i < (hex[1] as string).length; i += 4)
            text += map.get(Number.parseInt((hex[1] as string).slice(i, i + 4), 16)) ?? '?'
      if (op[2] !== undefined) text += '\n'
    }
    pages.push(text)
  }
  return pages
}

function parseCmap(cmap: string): Map<number, string> {
  const map = new Map<number, string>()
  for (const range of cmap.matchAll(/<([0-9a-f]+)> <[0-9a-f]+> \[([^\]]*)\]/gi)) {
    let code = Number.parseInt(range[1] as string, 16)
    for (const entry of (range[2] as string).matchAll(/<([0-9a-f ]*)>/gi)) {
      const units = (entry[1] as string)
        .split(' ')
        .filter(Boolean)
        .map((u) => Number.parseInt(u, 16))
      map.set(code++, String.fromCharCode(...units))
    }
  }
  return map
}
