import type { ChildNode, Element } from 'domhandler'
import { DomUtils, parseDocument } from 'htmlparser2'
import { describe, expect, it } from 'vitest'
import { sanitizeCustomerHtml } from './customer-html.js'
import { xssVectors } from './fixtures/xss-vectors.js'

// Stated independently of the sanitiser's options, so a loosened policy fails here.
const safeTags = new Set(
  `a abbr address b bdi bdo big blockquote br caption center cite code col colgroup dd del dfn div
  dl dt em figcaption figure font h1 h2 h3 h4 h5 h6 hr i img ins kbd li mark ol p pre q s samp small
  span strike strong sub sup table tbody td tfoot th thead tr tt u ul wbr`.split(/\s+/),
)
const safeAttributes = new Set(
  `dir lang title style align href target rel src alt width height referrerpolicy color size face
  border cellpadding cellspacing bgcolor colspan rowspan valign span start type value`.split(/\s+/),
)
const forbiddenInStyle = ['expression', 'url(', 'javascript', 'behavior', 'binding', '@', '\\']

/** Every executable or navigating construct in `html`, as parsed the way a browser would. */
function dangers(html: string): string[] {
  const found: string[] = []
  const visit = (nodes: ChildNode[]) => {
    for (const node of nodes) {
      if (node.type === 'directive' || node.type === 'cdata') found.push(`${node.type} node`)
      if (DomUtils.isTag(node)) inspect(node, found)
      if ('children' in node) visit(node.children)
    }
  }
  visit(parseDocument(html).children)
  return found
}

function inspect(element: Element, found: string[]) {
  if (!safeTags.has(element.name)) found.push(`<${element.name}>`)
  for (const [name, value] of Object.entries(element.attribs)) {
    // Browsers ignore ASCII whitespace and control characters inside a URL's scheme.
    const url = value.replace(/[\p{Cc} ]/gu, '').toLowerCase()
    if (!safeAttributes.has(name)) found.push(`${element.name}[${name}]`)
    if (name === 'href' && !/^(https?:\/\/|mailto:)/.test(url)) found.push(`href=${value}`)
    if (name === 'src' && !/^(https:\/\/|cid:|data:image\/(png|jpeg|gif|webp);)/.test(url))
      found.push(`src=${value}`)
    if (name === 'style' && forbiddenInStyle.some((bad) => value.toLowerCase().includes(bad)))
      found.push(`style=${value}`)
  }
  if (element.name === 'a' && element.attribs.href) {
    if (element.attribs.target !== '_blank') found.push('link without target=_blank')
    if (!element.attribs.rel?.split(' ').includes('noopener')) found.push('link without noopener')
  }
}

describe('sanitizeCustomerHtml', () => {
  it.each(xssVectors)('neutralises $name', ({ html }) => {
    const output = sanitizeCustomerHtml(html)
    expect(dangers(output)).toEqual([])
    // Stable under a second pass: the serialised output parses back into the same tree.
    expect(sanitizeCustomerHtml(output)).toBe(output)
  })

  it('neutralises every vector when they arrive in one document', () => {
    const output = sanitizeCustomerHtml(xssVectors.map((vector) => vector.html).join('\n'))
    expect(dangers(output)).toEqual([])
  })

  it('keeps formatting, tables and lists', () => {
    const html =
      '<p dir="ltr"><b>Hello</b> <i>there</i> <u>u</u></p><table border="1"><tr><th colspan="2">' +
      'Order</th></tr><tr><td valign="top">1</td><td>2</td></tr></table><ol start="3"><li>x</li></ol>'
    expect(sanitizeCustomerHtml(html)).toBe(
      '<p dir="ltr"><b>Hello</b> <i>there</i> <u>u</u></p><table border="1"><tr><th colspan="2">' +
        'Order</th></tr><tr><td valign="top">1</td><td>2</td></tr></table><ol start="3"><li>x</li></ol>',
    )
  })

  it('opens links in a new tab without opener or referrer', () => {
    expect(
      sanitizeCustomerHtml('<a href=" https://shop.test/o/1 " target="_self" rel="x">o</a>'),
    ).toBe(
      '<a href="https://shop.test/o/1" target="_blank" rel="noopener noreferrer nofollow">o</a>',
    )
    expect(sanitizeCustomerHtml('<a href="mailto:a@b.test">m</a>')).toContain(
      'href="mailto:a@b.test"',
    )
    expect(sanitizeCustomerHtml('<a href="/settings">relative</a>')).toBe('<a>relative</a>')
  })

  it('keeps cid, inline raster and https images, drops http and svg ones', () => {
    const png = 'data:image/png;base64,iVBORw0KGgo='
    expect(sanitizeCustomerHtml('<img src="cid:logo@shop" alt="logo">')).toBe(
      '<img src="cid:logo@shop" alt="logo" referrerpolicy="no-referrer" />',
    )
    expect(sanitizeCustomerHtml(`<img src="${png}">`)).toContain(`src="${png}"`)
    expect(sanitizeCustomerHtml('<img src="https://cdn.test/a.jpg">')).toContain('https://cdn.test')
    expect(sanitizeCustomerHtml('<img src="http://cdn.test/a.jpg">x')).toBe('x')
    expect(sanitizeCustomerHtml('<img src="data:image/svg+xml;base64,PHN2Zz4=">x')).toBe('x')
  })

  it('keeps legibility styles and drops layout and url-bearing ones', () => {
    const html =
      '<p style="color: #c00; font-weight: bold; position: fixed; background: url(https://t.test/p)">x</p>'
    expect(sanitizeCustomerHtml(html)).toBe('<p style="color:#c00;font-weight:bold">x</p>')
  })

  it('drops the content of head, style and script but keeps the text of unknown tags', () => {
    const html =
      '<html><head><title>T</title><style>p{}</style></head><body><custom>Hi</custom></body></html>'
    expect(sanitizeCustomerHtml(html)).toBe('Hi')
  })
})
