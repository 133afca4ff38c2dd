import { convertLexicalToHTML, defaultHTMLConverters, type HTMLConverters } from '@payloadcms/richtext-lexical/html'

/**
 * Lexical rich text to HTML for an email: inline styles (mail clients drop <style>), absolute
 * links (an email has no base URL), images with their alt text and a width that fits 600 px.
 */

const font = 'font-family:Arial,Helvetica,sans-serif;'

function escapeAttribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
}

const collectionPaths: Record<string, string> = {
  pages: '',
  offerings: '/aanbod',
  organisations: '/organisaties',
  events: '/agenda',
  articles: '/kennis',
  workingGroups: '/werkgroepen',
}

/* eslint-disable @typescript-eslint/no-explicit-any */
function emailConverters(serverUrl: string): HTMLConverters {
  const absolute = (url: string) => (url.startsWith('/') ? `${serverUrl}${url}` : url)
  return {
    ...defaultHTMLConverters,
    paragraph: ({ node, nodesToHTML }: any) =>
      `<p style="margin:0 0 16px 0;${font}font-size:16px;line-height:24px;">${nodesToHTML({ nodes: node.children }).join('') || '&nbsp;'}</p>`,
    heading: ({ node, nodesToHTML }: any) => {
      const level = node.tag === 'h1' || node.tag === 'h2' ? 2 : 3
      const size = level === 2 ? 20 : 18
      return `<h${level} style="margin:24px 0 8px 0;${font}font-size:${size}px;line-height:26px;color:#1d4f73;">${nodesToHTML({ nodes: node.children }).join('')}</h${level}>`
    },
    link: ({ node, nodesToHTML }: any) => {
      const children = nodesToHTML({ nodes: node.children }).join('')
      const fields = node.fields ?? {}
      let href: string | undefined
      if (fields.linkType === 'internal') {
        const doc = fields.doc?.value
        const base = collectionPaths[fields.doc?.relationTo as string]
        if (doc && typeof doc === 'object' && doc.slug && base !== undefined) href = `${serverUrl}${base}/${encodeURIComponent(doc.slug)}`
      } else if (typeof fields.url === 'string' && /^(https?:|mailto:|tel:|\/)/i.test(fields.url.trim())) {
        href = absolute(fields.url.trim())
      }
      return href ? `<a href="${escapeAttribute(href)}" style="color:#1d4f73;text-decoration:underline;">${children}</a>` : children
    },
    upload: ({ node }: any) => {
      const media = node.value
      if (!media || typeof media !== 'object' || !media.url || !String(media.mimeType ?? '').startsWith('image/')) return ''
      const width = Math.min(536, Number(media.width) || 536)
      return `<img src="${escapeAttribute(absolute(media.url))}" alt="${escapeAttribute(media.alt ?? '')}" width="${width}" style="display:block;max-width:100%;height:auto;border:0;margin:0 0 16px 0;">`
    },
  }
}
/* eslint-enable @typescript-eslint/no-explicit-any */

export function richTextToEmailHtml(value: unknown, serverUrl: string): string {
  if (!value || typeof value !== 'object' || !(value as { root?: unknown }).root) return ''
  return convertLexicalToHTML({
    data: value as Parameters<typeof convertLexicalToHTML>[0]['data'],
    converters: emailConverters(serverUrl),
    disableContainer: true,
  })
}
