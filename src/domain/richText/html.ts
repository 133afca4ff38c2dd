/**
 * Rich text to HTML, safely, whatever the stored JSON says: data saved before the validator
 * existed, or written around it, must not be able to put markup or script on a page or in an
 * e-mail. These are the converters for Payload's walker (`convertLexicalToHTML`), one for every
 * node type, so none of Payload's own converters (which put e.g. a table cell's `headerState`
 * into the HTML raw) is ever used:
 *
 * - every text and attribute value is escaped; numbers are checked integers in a range; tags,
 *   alignment and list kinds come from fixed lists, never from the data;
 * - link and image addresses pass `linkUrl.ts` or the link becomes plain text;
 * - a node type the site does not know renders its children (so its text), never itself.
 *
 * `renderableTree` first cuts the value down to plain nodes within the size and depth bounds,
 * so the walker never meets `null` children or a tree deep enough to exhaust the stack.
 */
import { escapeHtml } from '../email/escapeHtml'
import { safeLinkHref } from './linkUrl'
import { COLLECTION_PATHS, HEADING_TAGS, LIMITS, TEXT_FORMAT, type LinkableCollection } from './vocabulary'

type Json = Record<string, unknown>

export interface ConverterArgs {
  node: Json
  nodesToHTML: (args: { nodes: unknown[] }) => string[]
  parent?: unknown
}
export type NodeConverter = (args: ConverterArgs) => string

export type StyledElement =
  | 'p'
  | 'h2'
  | 'h3'
  | 'h4'
  | 'h5'
  | 'h6'
  | 'a'
  | 'img'
  | 'blockquote'
  | 'ul'
  | 'ol'
  | 'li'
  | 'hr'
  | 'table'
  | 'th'
  | 'td'

export interface HtmlOptions {
  /** The heading level (1–6) to use for an editor's heading tag (h1–h6). */
  headingLevel: (tag: string) => number
  /** The address of a linked document, or undefined when it has none (or is not visible). */
  docHref: (relationTo: unknown, value: unknown) => string | undefined
  /** Makes a site-relative address absolute (e-mail); the site leaves addresses as they are. */
  absolute?: (href: string) => string
  /** Fixed inline CSS per element (e-mail, where <style> is dropped). */
  styles?: Partial<Record<StyledElement, string>>
  /** Content of an empty paragraph (the editor's blank line). */
  emptyParagraph?: string
  /** HTML appended inside a link that opens a new window (a hint for screen readers). */
  newTabHint?: string
  /** Widest image, in pixels (e-mail: the column is 600 px). */
  maxImageWidth?: number
  /**
   * HTML for a run of text that is not inside a link (the site links crisis numbers and
   * e-mail addresses in it); must escape. Default: the text, escaped.
   */
  plainTextHtml?: (text: string) => string
}

function isPlainObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function integerIn(value: unknown, min: number, max: number): number | undefined {
  return typeof value === 'number' && Number.isInteger(value) && value >= min && value <= max ? value : undefined
}

function attribute(name: string, value: string | number | undefined): string {
  return value === undefined || value === '' ? '' : ` ${name}="${escapeHtml(String(value))}"`
}

function text(value: unknown): string {
  return typeof value === 'string' ? escapeHtml(value) : ''
}

/** Whether a node with this parent chain (Payload's walker passes `{ ...node, parent }`) sits in a link. */
function insideLink(parent: unknown): boolean {
  for (let node = parent, depth = 0; isPlainObject(node) && depth <= LIMITS.depth + 1; node = node.parent, depth++) {
    if (node.type === 'link' || node.type === 'autolink') return true
  }
  return false
}

/**
 * The site path of a linked document ("/aanbod/slug"), from its collection and its populated
 * value; undefined when the collection has no pages or the document was not populated (the
 * reader may not see it).
 */
export function docPath(relationTo: unknown, value: unknown): string | undefined {
  if (typeof relationTo !== 'string' || !Object.hasOwn(COLLECTION_PATHS, relationTo)) return undefined
  const slug = isPlainObject(value) ? value.slug : undefined
  if (typeof slug !== 'string' || slug === '') return undefined
  return `${COLLECTION_PATHS[relationTo as LinkableCollection]}/${encodeURIComponent(slug)}`
}

const ALIGNMENT: Readonly<Record<string, string>> = {
  center: 'text-align:center;',
  end: 'text-align:right;',
  right: 'text-align:right;',
  justify: 'text-align:justify;',
  start: 'text-align:left;',
}

/**
 * A copy of the value with only what the converters can take: plain-object nodes, array
 * children, at most LIMITS.depth levels and LIMITS.nodes nodes. Null when there is nothing.
 */
export function renderableTree(value: unknown): { root: Json } | null {
  if (!isPlainObject(value) || !isPlainObject(value.root)) return null
  let count = 0
  const copy = (node: Json, depth: number): Json => {
    const children = Array.isArray(node.children) && depth < LIMITS.depth ? node.children : []
    const kept: Json[] = []
    for (const child of children) {
      if (!isPlainObject(child)) continue
      if (++count > LIMITS.nodes) break
      kept.push(copy(child, depth + 1))
    }
    return { ...node, children: kept }
  }
  const root = copy(value.root, 0)
  return (root.children as Json[]).length > 0 ? { root } : null
}

/** The converters for Payload's `convertLexicalToHTML`, as an object without a prototype. */
export function safeHtmlConverters(options: HtmlOptions): Record<string, NodeConverter> {
  const styles = options.styles ?? {}
  const absolute = options.absolute ?? ((href: string) => href)

  /** ` style="…"` from the element's fixed style plus the node's alignment and indent. */
  const styleOf = (element: StyledElement | undefined, node?: Json, indent = true): string => {
    let css = element ? (styles[element] ?? '') : ''
    if (node) {
      if (typeof node.format === 'string' && Object.hasOwn(ALIGNMENT, node.format)) css += ALIGNMENT[node.format]
      const level = indent ? integerIn(node.indent, 1, LIMITS.indent) : undefined
      if (level) css += `padding-inline-start:${level * 40}px;`
    }
    return attribute('style', css)
  }
  const childrenOf = ({ node, nodesToHTML }: ConverterArgs): string =>
    Array.isArray(node.children) ? nodesToHTML({ nodes: node.children }).join('') : ''

  const link = (args: ConverterArgs): string => {
    const children = childrenOf(args)
    const fields = isPlainObject(args.node.fields) ? args.node.fields : {}
    let href: string | undefined
    if (fields.linkType === 'internal') {
      const doc = isPlainObject(fields.doc) ? fields.doc : {}
      href = options.docHref(doc.relationTo, doc.value)
    } else {
      href = safeLinkHref(fields.url)
    }
    if (!href) return children
    const newTab = fields.newTab === true
    return `<a${attribute('href', absolute(href))}${newTab ? ' target="_blank" rel="noopener noreferrer"' : ''}${styleOf('a')}>${children}${newTab ? (options.newTabHint ?? '') : ''}</a>`
  }

  const converters: Record<string, NodeConverter> = Object.create(null)
  Object.assign(converters, {
    paragraph: (args: ConverterArgs) => {
      const children = childrenOf(args)
      return `<p${styleOf('p', args.node)}>${children || (options.emptyParagraph ?? '<br />')}</p>`
    },
    heading: (args: ConverterArgs) => {
      const tag = HEADING_TAGS.includes(args.node.tag as string) ? (args.node.tag as string) : 'h2'
      const level = integerIn(options.headingLevel(tag), 1, 6) ?? 2
      const element = level >= 2 ? (`h${level}` as StyledElement) : undefined
      return `<h${level}${styleOf(element, args.node)}>${childrenOf(args)}</h${level}>`
    },
    quote: (args: ConverterArgs) => `<blockquote${styleOf('blockquote', args.node)}>${childrenOf(args)}</blockquote>`,
    list: (args: ConverterArgs) => {
      const ordered = args.node.listType === 'number'
      const tag = ordered ? 'ol' : 'ul'
      const start = ordered ? integerIn(args.node.start, -LIMITS.listNumber, LIMITS.listNumber) : undefined
      return `<${tag}${start !== undefined && start !== 1 ? attribute('start', start) : ''}${styleOf(tag, args.node)}>${childrenOf(args)}</${tag}>`
    },
    listitem: (args: ConverterArgs) => {
      const children = childrenOf(args)
      const nested = Array.isArray(args.node.children) && args.node.children.some((child) => isPlainObject(child) && child.type === 'list')
      const parent = isPlainObject(args.parent) ? args.parent : {}
      // A check list is read as a list with the state in words, not as fake checkbox roles.
      const state = parent.listType === 'check' && !nested ? `<span class="lvb-visually-hidden"> (${args.node.checked === true ? 'afgevinkt' : 'niet afgevinkt'})</span>` : ''
      return `<li${nested ? ' class="lvb-nested"' : ''}${styleOf('li', args.node, false)}>${children}${state}</li>`
    },
    link,
    autolink: link,
    text: ({ node, parent }: ConverterArgs) => {
      let html = options.plainTextHtml && typeof node.text === 'string' && !insideLink(parent) ? options.plainTextHtml(node.text) : text(node.text)
      const format = integerIn(node.format, 0, Number.MAX_SAFE_INTEGER) ?? 0
      if (format & TEXT_FORMAT.bold) html = `<strong>${html}</strong>`
      if (format & TEXT_FORMAT.italic) html = `<em>${html}</em>`
      if (format & TEXT_FORMAT.strikethrough) html = `<span style="text-decoration:line-through;">${html}</span>`
      if (format & TEXT_FORMAT.underline) html = `<span style="text-decoration:underline;">${html}</span>`
      if (format & TEXT_FORMAT.code) html = `<code>${html}</code>`
      if (format & TEXT_FORMAT.subscript) html = `<sub>${html}</sub>`
      if (format & TEXT_FORMAT.superscript) html = `<sup>${html}</sup>`
      return html
    },
    linebreak: () => '<br />',
    tab: () => '\t',
    horizontalrule: () => `<hr${styleOf('hr')} />`,
    upload: ({ node }: ConverterArgs) => {
      const media = isPlainObject(node.value) ? node.value : undefined
      const src = media ? safeLinkHref(media.url) : undefined
      if (!media || !src) return ''
      const fields = isPlainObject(node.fields) ? node.fields : {}
      if (typeof media.mimeType !== 'string' || !media.mimeType.startsWith('image/')) {
        const name = text(media.filename) || text(media.alt) || 'Bestand'
        return `<p><a${attribute('href', absolute(src))}${styleOf('a')}>${name}</a></p>`
      }
      const alt = typeof fields.alt === 'string' && fields.alt ? fields.alt : typeof media.alt === 'string' ? media.alt : ''
      const width = integerIn(media.width, 1, 20_000)
      const height = integerIn(media.height, 1, 20_000)
      const max = options.maxImageWidth
      const shownWidth = max && width ? Math.min(max, width) : max && !width ? max : width
      const shownHeight = shownWidth && width && height && shownWidth !== width ? Math.round((height * shownWidth) / width) : height
      return `<img${attribute('src', absolute(src))} alt="${escapeHtml(alt)}"${attribute('width', shownWidth)}${attribute('height', shownHeight)}${styleOf('img')} />`
    },
    relationship: ({ node }: ConverterArgs) => {
      const href = options.docHref(node.relationTo, node.value)
      const doc = isPlainObject(node.value) ? node.value : {}
      const title = [doc.title, doc.name].find((item) => typeof item === 'string' && item.trim() !== '')
      if (!href || !title) return ''
      return `<p${styleOf('p')}><a${attribute('href', absolute(href))}${styleOf('a')}>${text(title)}</a></p>`
    },
    // Tables are not offered by the editor; stored ones still render, with checked numbers only.
    table: (args: ConverterArgs) => `<table${styleOf('table')}><tbody>${childrenOf(args)}</tbody></table>`,
    tablerow: (args: ConverterArgs) => `<tr>${childrenOf(args)}</tr>`,
    tablecell: (args: ConverterArgs) => {
      const header = (integerIn(args.node.headerState, 0, 3) ?? 0) > 0
      const tag = header ? 'th' : 'td'
      const colSpan = integerIn(args.node.colSpan, 2, 100)
      const rowSpan = integerIn(args.node.rowSpan, 2, 100)
      return `<${tag}${attribute('colspan', colSpan)}${attribute('rowspan', rowSpan)}${styleOf(tag)}>${childrenOf(args)}</${tag}>`
    },
    // Anything else (a custom block, a type from a future editor, a forged type): its children.
    unknown: (args: ConverterArgs) => childrenOf(args),
  })
  return converters
}
