/**
 * Values an attacker, a broken client or an unlucky copy-paste sends: wrong types, huge values,
 * markup, unicode oddities, encodings, prototype keys. Shared by the generated corpus.
 */

/** Markup that must never come back unescaped; the id makes it findable in any page or mail. */
export const MARKUP = '<img src=x onerror=alert(1) id=sec-marker>'
export const ATTRIBUTE_BREAK = '"><svg onload=alert(1) id=sec-marker>'
/** Breaks out of a script or title element when a page puts the value there unescaped. */
export const SCRIPT_BREAK = '</script><svg onload=alert(1) id=sec-marker>'

export const hostileText: string[] = [
  '',
  ' ',
  '\t\r\n',
  'a'.repeat(20_000),
  'é'.repeat(5_000),
  MARKUP,
  ATTRIBUTE_BREAK,
  SCRIPT_BREAK,
  '</title><svg onload=alert(1) id=sec-marker>',
  '<script>alert(1)</script>',
  'javascript:alert(1)',
  "' OR '1'='1",
  '"; DROP TABLE users; --',
  '${7*7}{{7*7}}<%= 7*7 %>',
  '../../../../etc/passwd',
  '%00%0d%0a',
  '\u0000nul',
  '\uFEFFbom',
  '\u202Eevil\u202C',
  '\uD800 lone surrogate',
  '👩‍👩‍👧‍👦'.repeat(200),
  'e\u0301'.repeat(2_000),
  'ｉｅｍａｎｄ＠ｅｘａｍｐｌｅ．ｏｒｇ',
  'a@b',
  `x@${'a'.repeat(300)}.nl`,
  'iemand@example.org\r\nBcc: ander@example.org',
  `${'a'.repeat(70)}@example.org`,
  '-1',
  '1e309',
  'NaN',
  'null',
  'true',
  '[]',
  '{}',
  '__proto__',
  'constructor',
  '9'.repeat(400),
  '2026-02-30',
  'ℌ𝔢𝔩𝔩𝔬 𝔴𝔬𝔯𝔩𝔡',
  'Jan de Vries, BSN 123456782, 06-12345678',
]

/** Typed JSON values for API documents and queries. */
export const hostileJson: unknown[] = [
  null,
  123,
  -1.5e308,
  true,
  [],
  ['a', { $ne: 1 }],
  {},
  { $gt: '' },
  JSON.parse('{"__proto__":{"polluted":true},"constructor":{"prototype":{"polluted":true}}}'),
  'a'.repeat(100_000),
  MARKUP,
  ATTRIBUTE_BREAK,
]

/** Tokens for links from e-mails. */
export const hostileTokens: string[] = [
  '',
  'x',
  'a'.repeat(5_000),
  MARKUP,
  '../../etc/passwd',
  '%00',
  '\u0000',
  'null',
  'undefined',
  '__proto__',
  "' OR 1=1 --",
  '00000000-0000-4000-8000-000000000000',
  'eyJhbGciOiJub25lIiwidHlwIjoiSldUIn0.eyJzdWIiOiIxIn0.',
  'eyJhbGciOiJIUzI1NiJ9.e30.ZmFrZQ',
  'dGVzdA==',
  '1e309',
  '👩‍👩‍👧‍👦',
  'aaaa.bbbb.cccc',
  '%E0%A4%A',
  ' token ',
]

/** A deeply nested JSON document, as text (parsers and field walkers must not recurse without end). */
export function deeplyNested(depth: number): string {
  return `${'{"a":'.repeat(depth)}"bodem"${'}'.repeat(depth)}`
}
