import sanitizeHtml from 'sanitize-html'
import { allowedStyles } from './allowed-styles.js'

const linkTarget = /^(https?:\/\/|mailto:)/i
// SVG is left out on purpose: opened on its own it is a document that runs script.
const imageSource = /^(https:\/\/|cid:|data:image\/(png|jpeg|gif|webp);base64,[a-z0-9+/=\s]*$)/i

const formatting = ['a', 'abbr', 'address', 'b', 'bdi', 'bdo', 'big', 'blockquote', 'br']
const text = ['center', 'cite', 'code', 'dd', 'del', 'dfn', 'div', 'dl', 'dt', 'em', 'figcaption']
const more = ['figure', 'font', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'hr', 'i', 'img', 'ins', 'kbd']
const rest = ['li', 'mark', 'ol', 'p', 'pre', 'q', 's', 'samp', 'small', 'span', 'strike', 'strong']
const inline = ['sub', 'sup', 'tt', 'u', 'ul', 'wbr']
const tables = ['caption', 'col', 'colgroup', 'table', 'tbody', 'td', 'tfoot', 'th', 'thead', 'tr']
const cell = ['colspan', 'rowspan', 'valign', 'width', 'height', 'bgcolor']

/** Elements whose content is dropped with them instead of being kept as text. */
const dropWithContent = [
  'script',
  'style',
  'textarea',
  'option',
  'select',
  'noscript',
  'noembed',
  'noframes',
  'template',
  'title',
  'head',
  'iframe',
  'object',
  'embed',
  'applet',
  'svg',
  'math',
  'xmp',
]

// `class` and `id` are never kept: classes would borrow the SPA's own CSS (a message styled as
// a full-screen overlay) and ids or names could clobber globals in the agent's page.
const options: sanitizeHtml.IOptions = {
  allowedTags: [...formatting, ...text, ...more, ...rest, ...inline, ...tables],
  allowedAttributes: {
    '*': ['dir', 'lang', 'title', 'style', 'align'],
    a: ['href', 'target', 'rel'],
    img: ['src', 'alt', 'width', 'height', 'referrerpolicy'],
    font: ['color', 'size', 'face'],
    table: ['border', 'cellpadding', 'cellspacing', 'width', 'bgcolor'],
    td: cell,
    th: cell,
    col: ['span', 'width'],
    colgroup: ['span', 'width'],
    ol: ['start', 'type'],
    li: ['value'],
  },
  allowedSchemes: ['http', 'https', 'mailto'],
  allowedSchemesByTag: { img: ['https', 'cid', 'data'] },
  allowedSchemesAppliedToAttributes: ['href', 'src', 'cite', 'action', 'background', 'poster'],
  allowProtocolRelative: false,
  allowedStyles: { '*': allowedStyles },
  nonTextTags: dropWithContent,
  transformTags: {
    a: (_tag, { href, target, rel, ...attribs }) => {
      const url = href?.trim() ?? ''
      if (!linkTarget.test(url)) return { tagName: 'a', attribs }
      return {
        tagName: 'a',
        attribs: { href: url, ...attribs, target: '_blank', rel: 'noopener noreferrer nofollow' },
      }
    },
    img: (_tag, { src, ...attribs }) => {
      const url = src?.trim() ?? ''
      if (!imageSource.test(url)) return { tagName: 'img', attribs }
      return { tagName: 'img', attribs: { src: url, ...attribs, referrerpolicy: 'no-referrer' } }
    },
  },
  exclusiveFilter: (frame) => frame.tag === 'img' && !frame.attribs.src,
}

// Policy: formatting, tables, links (http, https, mailto; new tab, no opener, no referrer), images
// from `cid:` parts, inline `data:image/(png|jpeg|gif|webp)` or https (kept as written: the SPA
// must proxy or hide remote images, which track opens; plain http is dropped), legibility-only
// inline styles; nothing that runs script, submits, embeds, navigates the page or borrows its CSS.
/** Safe HTML for showing a customer's e-mail to agents. */
export function sanitizeCustomerHtml(html: string): string {
  return sanitizeHtml(html, options)
}
