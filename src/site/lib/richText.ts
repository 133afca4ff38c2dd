/**
 * Lexical rich text (as Payload stores it) to HTML for the site: Payload's walker with the
 * portal's own converters for every node type (domain/richText/html.ts), which escape every
 * text and attribute and let only safe link addresses through, whatever the stored JSON says.
 * Adjusted for the site's accessibility rules:
 *
 * - headings start below the page's h1 (an editor's "h1" becomes an h2, or lower in a section);
 * - internal links point to the site's Dutch URLs; a link to a document the visitor may not see
 *   (unpublished, so not populated) becomes plain text instead of a broken link;
 * - list items are plain `<li>` (no `value` on bullets, no fake checkbox roles on check lists);
 * - a link that opens a new window says so to screen readers;
 * - crisis numbers (112, Veilig Thuis, 113) and e-mail addresses are links (tel:, mailto:).
 */
import { convertLexicalToHTML, type HTMLConverters } from '@payloadcms/richtext-lexical/html'
import { docPath, renderableTree, safeHtmlConverters } from '../../domain/richText/html'
import { contactLinksHtml } from '../../domain/text/contactLinks'
import { HEADING_TAGS } from '../../domain/richText/vocabulary'
import type { RichTextValue } from './content'

/** The site's URL of a document that a rich-text link points to, if it has one. */
export const hrefOfDoc: (relationTo: unknown, value: unknown) => string | undefined = docPath

const converterSets = new Map<number, HTMLConverters>()

function siteConverters(minLevel: number): HTMLConverters {
  let converters = converterSets.get(minLevel)
  if (!converters) {
    // The domain's converters take any JSON node (it knows no Payload types); Payload's are typed per node.
    converters = safeHtmlConverters({
      headingLevel: (tag) => Math.max(minLevel, HEADING_TAGS.indexOf(tag) + 1),
      docHref: docPath,
      newTabHint: '<span class="lvb-visually-hidden"> (opent in een nieuw venster)</span>',
      // Crisis numbers and e-mail addresses in the text can be tapped, also where the editor made no link.
      plainTextHtml: (text) => contactLinksHtml(text),
    }) as unknown as HTMLConverters
    converterSets.set(minLevel, converters)
  }
  return converters
}

/**
 * HTML of a rich-text value, or '' when it is empty. `minLevel` is the highest heading level the
 * text may use: 2 directly under the page's h1, 3 inside a section with its own h2.
 */
export function richTextToHtml(value: RichTextValue | null | undefined, { minLevel = 2 } = {}): string {
  const tree = renderableTree(value)
  if (!tree) return ''
  return convertLexicalToHTML({
    // renderableTree's copy is the stored editor state, cut to plain nodes: same shape, typed as JSON.
    data: tree as unknown as Parameters<typeof convertLexicalToHTML>[0]['data'],
    converters: siteConverters(Math.max(2, Math.min(6, Math.trunc(minLevel) || 2))),
    disableContainer: true,
    // Alignment and indent come from our converters, from fixed values only.
    disableIndent: true,
    disableTextAlign: true,
  })
}
