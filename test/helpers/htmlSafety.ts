import { HtmlValidate, Parser, StaticConfigLoader, type HtmlElement } from 'html-validate'
import { expect } from 'vitest'
import { checkLinkUrl } from '../../src/domain/richText/linkUrl'

/**
 * Checks rendered rich text by parsing it (html-validate's parser), not by pattern: the markup
 * must be well-formed with every special character encoded, and the resulting elements and
 * attributes must be ones the renderer is meant to emit, with safe addresses and fixed styles.
 * A value that broke out of its attribute shows up here as an extra attribute or element.
 */

const rules = {
  'no-raw-characters': 'error',
  'no-dup-attr': 'error',
  'close-order': 'error',
  'close-attr': 'error',
  'element-name': 'error',
  'no-unknown-elements': 'error',
  'attr-delimiter': 'error',
  'unrecognized-char-ref': 'error',
  'void-content': 'error',
} as const

const validator = new HtmlValidate({ rules })
const parserConfig = new StaticConfigLoader({ rules }).getConfigFor('rich-text.html')

const ELEMENTS = new Set(['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'ul', 'ol', 'li', 'a', 'strong', 'em', 'span', 'code', 'sub', 'sup', 'br', 'hr', 'img', 'table', 'tbody', 'tr', 'th', 'td'])
const ATTRIBUTES: Record<string, string[]> = {
  '*': ['style', 'class'],
  a: ['href', 'target', 'rel'],
  img: ['src', 'alt', 'width', 'height'],
  ol: ['start'],
  th: ['colspan', 'rowspan'],
  td: ['colspan', 'rowspan'],
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'" }

/** Decodes the five references the renderers write (html-validate's parser keeps them as written). */
export function decodeEntities(text: string): string {
  return text.replace(/&(amp|lt|gt|quot|#39);/g, (_match, name: string) => ENTITIES[name])
}

export async function parseHtml(html: string): Promise<HtmlElement> {
  return new Parser(await parserConfig).parseHtml(html)
}

/** Fails the test when the HTML is malformed or has anything the renderer should not emit. */
export async function expectSafeHtml(html: string, { siteUrl }: { siteUrl?: string } = {}): Promise<HtmlElement> {
  const report = await validator.validateString(html)
  const problems = report.results.flatMap((result) => result.messages.map((message) => `${message.ruleId}: ${message.message}`))
  expect(problems, html).toEqual([])

  const root = await parseHtml(html)
  for (const element of root.querySelectorAll('*')) {
    expect(ELEMENTS.has(element.tagName), `<${element.tagName}> in ${html}`).toBe(true)
    for (const { key, value } of element.attributes) {
      const allowed = [...ATTRIBUTES['*'], ...(ATTRIBUTES[element.tagName] ?? [])]
      expect(allowed, `attribute ${key} on <${element.tagName}> in ${html}`).toContain(key)
      const text = typeof value === 'string' ? decodeEntities(value) : ''
      if (key === 'href' || key === 'src') {
        const relative = siteUrl && text.startsWith(`${siteUrl}/`) ? text.slice(siteUrl.length) : text
        expect(checkLinkUrl(relative).ok, `${key}="${text}"`).toBe(true)
        expect(text).not.toMatch(/^[\s\u0000-\u001f]*(javascript|data|vbscript|file|blob):/i)
      }
      if (key === 'style') expect(text, `style="${text}"`).toMatch(/^([a-z-]+:[a-zA-Z0-9 ,.#%-]+;)*$/)
      if (key === 'target') expect(text).toBe('_blank')
      if (key === 'rel') expect(text).toBe('noopener noreferrer')
      if (key === 'class') expect(text).toMatch(/^lvb-[a-z-]+$/)
      if (['width', 'height', 'start', 'colspan', 'rowspan'].includes(key)) expect(text).toMatch(/^-?\d+$/)
    }
  }
  return root
}
