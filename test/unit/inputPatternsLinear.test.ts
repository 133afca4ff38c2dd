import { describe, expect, it } from 'vitest'
import { htmlToText } from '../../src/domain/email/htmlToText'
import { isValidKvkNumber } from '../../src/domain/membership/kvk'
import { emailDomainOf } from '../../src/domain/professionals/emailDomain'
import { decodeRoutePath } from '../../src/domain/routeMaps/routePath'
import { isSlug, slugify } from '../../src/domain/slugify'
import { normalizeDomain, normalizePostcode, normalizeUrl, validateDomain, validatePhone, validatePostcode, validateUrl } from '../../src/domain/validation'

/**
 * The other patterns on user input (formats of the content model, e-mail domains, slugs, the
 * plain-text part of e-mails): each answers 1 MB of the input worst for it within 200 ms of
 * processor time.
 * Several were quadratic: /\.+$/ on a run of dots, /[ \t]+\n/ on a run of spaces, a lazy
 * element body on unclosed tags.
 */

const MB = 1_000_000

/**
 * Processor time of this test process, not wall time: the suite runs files side by side on
 * a small machine, so the clock on the wall measures the neighbours too. The work a hostile
 * input costs is what must stay bounded.
 */
function cpuMs(run: () => unknown): number {
  const start = process.cpuUsage()
  run()
  const used = process.cpuUsage(start)
  return (used.user + used.system) / 1000
}
const fill = (unit: string) => `${unit.repeat(Math.ceil(MB / unit.length)).slice(0, MB)}x!`
const units = ['.', ' ', ' \t', '\n', 'a', 'A', 'a-', 'a.', '1', '1.', '1 ', '@', '-', '<', '<a ', '<a href="x">', '<style>', '&a', '( ', 'é']

const functions: Record<string, (text: string) => unknown> = {
  emailDomainOf: (text) => emailDomainOf(`a@${text}`),
  normalizeDomain,
  validateDomain,
  normalizePostcode,
  validatePostcode,
  validateUrl,
  normalizeUrl,
  validatePhone,
  htmlToText,
  slugify,
  isSlug,
  isValidKvkNumber,
  decodeRoutePath,
}

describe('patterns on user input are linear on 1 MB', () => {
  for (const [name, run] of Object.entries(functions)) {
    it(name, () => {
      run('warm-up')
      const slowest = { unit: '', ms: 0 }
      for (const unit of units) {
        const text = fill(unit)
        const ms = cpuMs(() => run(text))
        if (ms > slowest.ms) Object.assign(slowest, { unit, ms })
      }
      expect(slowest.ms, `slowest on ${JSON.stringify(slowest.unit)}`).toBeLessThan(200)
    })
  }
})

describe('the bounds do not change ordinary answers', () => {
  it('keeps the formats', () => {
    expect(emailDomainOf('j.jansen@Cordaan.nl..')).toBe('cordaan.nl')
    expect(normalizeDomain(' @@Cordaan.NL. ')).toBe('cordaan.nl')
    expect(normalizePostcode('1012ab')).toBe('1012 AB')
    expect(validatePostcode(`1012 AB${' '.repeat(40)}`)).not.toBe(true)
    expect(validatePhone('020 123 45 67')).toBe(true)
    expect(isValidKvkNumber('1234 5678')).toBe(true)
    expect(slugify(`Cliëntenbelang ${'Amsterdam '.repeat(1000)}`)).toMatch(/^clientenbelang-amsterdam-/)
  })
  it('keeps the plain text of e-mails', () => {
    const html = '<html><head><style>p{}</style></head><body><p>Hallo   \n<a href="https://x.nl/a">de link</a></p><ul><li>een</li></ul>&amp; meer</body></html>'
    expect(htmlToText(html)).toBe('Hallo\nde link (https://x.nl/a)\n\n- een\n& meer')
  })
})
