const entities: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'", '&nbsp;': ' ' }

/**
 * A readable plain-text version of a simple HTML email, for the text/plain part that every
 * email carries. Links keep their address, in brackets after the link text.
 *
 * Linear on any input: a repeat that may fail only starts where its run starts (the text of
 * a message can hold long runs of spaces), and tags and entities stop at the next "<".
 */
export function htmlToText(html: string): string {
  return html
    // The content of an element ends at its closing tag and never runs past the next opening one.
    .replace(/<(style|script|head)\b[^<>]*>[^<]*(?:<(?!\/?\1\b)[^<]*)*<\/\1>/gi, '')
    .replace(/<a\s[^<>]*href="([^"<>]*)"[^<>]*>([^<]*(?:<(?!\/?a[\s>])[^<]*)*)<\/a>/gi, (_, href: string, label: string) => {
      const text = label.replace(/<[^<>]+>/g, '').trim()
      return text && text !== href ? `${text} (${href})` : href
    })
    .replace(/<br\s*\/?>/gi, '\n')
    .replace(/<\/(p|div|h[1-6]|tr|table)>/gi, '\n\n')
    .replace(/<li[^>]*>/gi, '- ')
    .replace(/<\/li>/gi, '\n')
    .replace(/<[^<>]+>/g, '')
    .replace(/&[a-z#0-9]{1,10};/gi, (entity) => entities[entity] ?? entity)
    .replace(/(?<![ \t])[ \t]+\n/g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim()
}
