import { convertLexicalToHTML, type HTMLConverters } from '@payloadcms/richtext-lexical/html'
import { docPath, renderableTree, safeHtmlConverters } from '../../domain/richText/html'

/**
 * Lexical rich text to HTML for an email: the portal's safe converters (every text and attribute
 * escaped, only safe link addresses; domain/richText/html.ts) with inline styles (mail clients
 * drop <style>), absolute links (an email has no base URL), images with their alt text and a
 * width that fits 600 px.
 */

const font = 'font-family:Arial,Helvetica,sans-serif;'
const heading = (size: number) => `margin:24px 0 8px 0;${font}font-size:${size}px;line-height:26px;color:#1d4f73;`

function emailConverters(serverUrl: string): HTMLConverters {
  const absolute = (href: string) => (href.startsWith('/') && !href.startsWith('//') ? `${serverUrl}${href}` : href)
  // The domain's converters take any JSON node (it knows no Payload types); Payload's are typed per node.
  return safeHtmlConverters({
    headingLevel: (tag) => (tag === 'h1' || tag === 'h2' ? 2 : 3),
    docHref: docPath,
    absolute,
    emptyParagraph: '&nbsp;',
    maxImageWidth: 536,
    styles: {
      p: `margin:0 0 16px 0;${font}font-size:16px;line-height:24px;`,
      h2: heading(20),
      h3: heading(18),
      a: 'color:#1d4f73;text-decoration:underline;',
      img: 'display:block;max-width:100%;height:auto;border:0;margin:0 0 16px 0;',
      ul: `margin:0 0 16px 0;${font}font-size:16px;line-height:24px;`,
      ol: `margin:0 0 16px 0;${font}font-size:16px;line-height:24px;`,
      blockquote: `margin:0 0 16px 0;padding-left:12px;border-left:4px solid #1d4f73;${font}`,
    },
  }) as unknown as HTMLConverters
}

export function richTextToEmailHtml(value: unknown, serverUrl: string): string {
  const tree = renderableTree(value)
  if (!tree) return ''
  return convertLexicalToHTML({
    // renderableTree's copy is the stored editor state, cut to plain nodes: same shape, typed as JSON.
    data: tree as unknown as Parameters<typeof convertLexicalToHTML>[0]['data'],
    converters: emailConverters(serverUrl),
    disableContainer: true,
    disableIndent: true,
    disableTextAlign: true,
  })
}
