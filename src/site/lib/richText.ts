/**
 * Lexical rich text (as Payload stores it) to HTML for the site, with Payload's own converters
 * (they escape text and sanitise link URLs), adjusted for the site's accessibility rules:
 *
 * - headings start below the page's h1 (an editor's "h1" becomes an h2, or lower in a section);
 * - internal links point to the site's Dutch URLs; a link to a document the visitor may not see
 *   (unpublished, so not populated) becomes plain text instead of a broken link;
 * - list items are plain `<li>` (no `value` on bullets, no fake checkbox roles on check lists).
 */
import { convertLexicalToHTML, defaultHTMLConverters, type HTMLConverters } from '@payloadcms/richtext-lexical/html'
import type { RichTextValue } from './content'

type Doc = { slug?: string | null } | string | number | null | undefined

/** The site's URL of a document that a rich-text link points to, if it has one. */
export function hrefOfDoc(relationTo: string | undefined, value: Doc): string | undefined {
  if (!value || typeof value !== 'object' || !value.slug) return undefined
  const slug = encodeURIComponent(value.slug)
  switch (relationTo) {
    case 'pages':
      return `/${slug}`
    case 'offerings':
      return `/aanbod/${slug}`
    case 'organisations':
      return `/organisaties/${slug}`
    case 'events':
      return `/agenda/${slug}`
    case 'articles':
      return `/kennis/${slug}`
    case 'workingGroups':
      return `/werkgroepen/${slug}`
    default:
      return undefined
  }
}

function escapeAttribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
}

const HEADING_LEVELS = ['h1', 'h2', 'h3', 'h4', 'h5', 'h6']

// Payload's converter types are strict per node type; these nodes are handled loosely on purpose.
/* eslint-disable @typescript-eslint/no-explicit-any */
function siteConverters(minLevel: number): HTMLConverters {
  return {
  ...defaultHTMLConverters,
  heading: ({ node, nodesToHTML }: any) => {
    const children = nodesToHTML({ nodes: node.children }).join('')
    const level = Math.max(minLevel, Math.min(6, HEADING_LEVELS.indexOf(node.tag) + 1 || minLevel))
    return `<h${level}>${children}</h${level}>`
  },
  link: ({ node, nodesToHTML }: any) => {
    const children = nodesToHTML({ nodes: node.children }).join('')
    const fields = node.fields ?? {}
    if (fields.linkType === 'internal') {
      const href = hrefOfDoc(fields.doc?.relationTo, fields.doc?.value)
      return href ? `<a href="${escapeAttribute(href)}">${children}</a>` : children
    }
    const url = typeof fields.url === 'string' ? fields.url.trim() : ''
    // Only web, mail and phone links; anything else (javascript:, data:) stays text.
    if (!/^(https?:|mailto:|tel:|\/|#)/i.test(url)) return children
    const newTab = fields.newTab ? ' target="_blank" rel="noopener noreferrer"' : ''
    const hint = fields.newTab ? '<span class="lvb-visually-hidden"> (opent in een nieuw venster)</span>' : ''
    return `<a href="${escapeAttribute(url)}"${newTab}>${children}${hint}</a>`
  },
  listitem: ({ node, nodesToHTML, parent }: any) => {
    const children = nodesToHTML({ nodes: node.children }).join('')
    const nested = node.children?.some((child: { type?: string }) => child.type === 'list')
    if (parent?.listType === 'check' && !nested) {
      const state = node.checked ? 'afgevinkt' : 'niet afgevinkt'
      return `<li>${children}<span class="lvb-visually-hidden"> (${state})</span></li>`
    }
    return nested ? `<li class="lvb-nested">${children}</li>` : `<li>${children}</li>`
  },
  }
}
/* eslint-enable @typescript-eslint/no-explicit-any */

/**
 * HTML of a rich-text value, or '' when it is empty. `minLevel` is the highest heading level the
 * text may use: 2 directly under the page's h1, 3 inside a section with its own h2.
 */
export function richTextToHtml(value: RichTextValue | null | undefined, { minLevel = 2 } = {}): string {
  if (!value || typeof value !== 'object' || !value.root) return ''
  return convertLexicalToHTML({
    data: value as unknown as Parameters<typeof convertLexicalToHTML>[0]['data'],
    converters: siteConverters(Math.max(2, Math.min(6, minLevel))),
    disableContainer: true,
  })
}
