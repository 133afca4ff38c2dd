import { describe, expect, it } from 'vitest'
import { safeRedirectPath } from '../../src/domain/security/safeRedirect'

const origin = 'https://portaal.example.nl'
const fallback = '/account'
const check = (value: unknown) => safeRedirectPath(value, origin, fallback)

/**
 * Every value an attacker might put in `?terug=` (as the page receives it: URLSearchParams has
 * decoded the query once). Each must fall back to /account, never leave the origin.
 */
const tricks: string[] = [
  '//evil.example',
  '///evil.example',
  '////evil.example',
  '/\\evil.example',
  '/\\/evil.example',
  '\\\\evil.example',
  '\\/evil.example',
  '/\t/evil.example',
  '/\n/evil.example',
  '/\r/evil.example',
  '/\r\n/evil.example',
  '\t//evil.example',
  ' //evil.example',
  '/\u0000/evil.example',
  '/\u000b/evil.example',
  '/\u000c/evil.example',
  '/\u007f/evil.example',
  '/%09/evil.example',
  '/%0a/evil.example',
  '/%0D/evil.example',
  '/%0d%0aSet-Cookie:%20x=1',
  '/foo\r\nLocation: https://evil.example',
  '/%2F%2Fevil.example',
  '/%2f/evil.example',
  '/%5Cevil.example',
  '/%5c%5cevil.example',
  '/%252F%252Fevil.example',
  '/%25%32%46evil.example',
  '/%E0%A4%A',
  '/.//evil.example',
  '/./\\evil.example',
  '/..//evil.example',
  'https://evil.example',
  'http://evil.example/account',
  'https:evil.example',
  'https:/evil.example',
  '//portaal.example.nl@evil.example',
  `${origin}@evil.example/`,
  'javascript:alert(1)',
  'JaVaScRiPt:alert(1)',
  ' javascript:alert(1)',
  'data:text/html,<script>alert(1)</script>',
  'vbscript:msgbox(1)',
  'evil.example',
  'account',
  '.',
  '..',
  '',
  ' ',
  '?x=1',
  '#top',
  '\u2215\u2215evil.example',
  '/\uff0f/evil.example'.replace('/', '\uff0f'),
  `/${'a'.repeat(3000)}`,
]

describe('safeRedirectPath refuses every way off the origin', () => {
  it('has a corpus of at least 40 tricks', () => {
    expect(tricks.length).toBeGreaterThanOrEqual(40)
  })

  it.each(tricks.map((trick) => [JSON.stringify(trick).slice(0, 80), trick]))('%s', (_label, trick) => {
    const result = check(trick)
    expect(result).toBe(fallback)
  })

  it('never returns something that resolves to another origin, whatever the input', () => {
    for (const trick of tricks) {
      const target = new URL(check(trick), origin)
      expect(target.origin).toBe(origin)
    }
  })

  it('refuses values that are not strings', () => {
    for (const value of [undefined, null, 42, ['/account'], { path: '/' }]) expect(check(value)).toBe(fallback)
  })
})

describe('safeRedirectPath keeps ordinary paths', () => {
  it.each([
    ['/account', '/account'],
    ['/vraag-stellen', '/vraag-stellen'],
    ['/vraag-stellen?routekaart=jeugd&pad=start%20%3E%20gedrag', '/vraag-stellen?routekaart=jeugd&pad=start%20%3E%20gedrag'],
    ['/aanbod?gebied=zuidoost&pagina=2#resultaten', '/aanbod?gebied=zuidoost&pagina=2#resultaten'],
    ['/zoeken?q=a%5Cb', '/zoeken?q=a%5Cb'],
    ['/', '/'],
    ['/account/../vraag-stellen', '/vraag-stellen'],
    ['/kennis/caf%C3%A9', '/kennis/caf%C3%A9'],
    // A hand-written link whose query was not encoded: encoded on the way out.
    ['/vraag-stellen?routekaart=jeugd&pad=start > gedrag', '/vraag-stellen?routekaart=jeugd&pad=start%20%3E%20gedrag'],
    ['/ /x', '/%20/x'],
  ])('%s', (value, expected) => {
    expect(check(value)).toBe(expected)
  })
})
