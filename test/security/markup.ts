/**
 * Whether submitted markup came back as markup: finds start tags that carry the attribute
 * `id=sec-marker`, reading the HTML the way a browser tokenizes it. Text that merely contains
 * the marker (escaped in content, or raw inside a quoted attribute value, which is harmless)
 * does not count; a quote or closing tag that breaks out of its context does.
 */

const RAW_TEXT = new Set(['script', 'style', 'title', 'textarea', 'xmp', 'iframe', 'noembed', 'noframes', 'noscript'])

export function injectedElements(html: string): string[] {
  const found: string[] = []
  let i = 0
  while (i < html.length) {
    const open = html.indexOf('<', i)
    if (open === -1) break
    if (html.startsWith('<!--', open)) {
      const end = html.indexOf('-->', open + 4)
      i = end === -1 ? html.length : end + 3
      continue
    }
    if (!/[a-zA-Z]/.test(html[open + 1] ?? '')) {
      i = open + 1
      continue
    }
    // A start tag: read up to its closing '>' outside quoted attribute values.
    let j = open + 1
    let quote: string | undefined
    let outsideQuotes = ''
    for (; j < html.length; j++) {
      const char = html[j]
      if (quote) {
        if (char === quote) quote = undefined
        continue
      }
      if (char === '"' || char === "'") {
        // Only a quote right after '=' opens a value; elsewhere it is part of a name.
        if (/=\s*$/.test(outsideQuotes)) {
          quote = char
          continue
        }
      }
      if (char === '>') break
      outsideQuotes += char
    }
    const name = /^[a-zA-Z][\w-]*/.exec(outsideQuotes)?.[0].toLowerCase() ?? ''
    if (/\sid\s*=\s*sec-marker(\s|\/|$)/.test(outsideQuotes)) {
      found.push(html.slice(open, Math.min(j + 1, open + 120)))
    }
    i = j + 1
    if (RAW_TEXT.has(name)) {
      const close = html.toLowerCase().indexOf(`</${name}`, i)
      i = close === -1 ? html.length : close
    }
  }
  return found
}
