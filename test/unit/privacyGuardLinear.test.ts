import { describe, expect, it } from 'vitest'
import { checkPrivacy, PRIVACY_GUARD_MAX_LENGTH, privacyDetectors } from '../../src/domain/caseQuestions/privacyGuard'

/**
 * One request must never stop the server: every detector of the privacy guard reads 1 MB of
 * the input that is worst for it in well under 200 ms of processor time (the e-mail pattern once needed 21
 * minutes for this), and the guard as a whole refuses over-long text before any pattern.
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
const fill = (unit: string) => unit.repeat(Math.ceil(MB / unit.length)).slice(0, MB)

/** Inputs that made one of the old patterns (or a plausible new one) backtrack or rescan. */
const hostile: Record<string, string> = {
  'a@': fill('a@'),
  'a.': fill('a.'),
  letters: fill('a'),
  capitals: fill('A'),
  digits: fill('1'),
  zeros: fill('0'),
  'digits and spaces': fill('1 '),
  'zeros and spaces': fill('0 '),
  spaces: fill(' '),
  newlines: fill('\n'),
  'Aa ': fill('Aa '),
  'Aa-': fill('Aa-'),
  'Aa on lines': fill('Aa\n'),
  bullets: fill('- Aa\n'),
  '1-1-': fill('1-1-'),
  '06-': fill('06-'),
  '12.': fill('12.'),
  '(0': fill('(0'),
  '(': fill('('),
  '+': fill('+'),
  'NL12 ': fill('NL12 '),
  'AAAA ': fill('AAAA '),
  postcodes: fill('1234 AB '),
  'postcode nr': fill('1012 AB nr '),
  streets: fill('Dorpsstraat '),
  'geboren ': fill('geboren '),
  '12 maart ': fill('12 maart '),
  'long words': fill(`A${'a'.repeat(60)}1 `),
  'a-@': fill('a-@a-'),
  'x.y@': fill('x.y@'),
  'a@ then labels': `a@${fill('a.')}`,
  'spaces, then an address': `${' '.repeat(MB - 10)}a@b.nl`,
  'one run, then an address': `${'a'.repeat(MB - 10)}@b.nl`,
  accents: fill('Ééé ü '),
  mixed: fill('x 1 a@b. Aa 06 '),
}

describe('every detector is linear on 1 MB of hostile input', () => {
  for (const [kind, detect] of Object.entries(privacyDetectors)) {
    it(kind, () => {
      detect('warm-up 06-12345678 Sanne a@b.nl 1012 AB 12 NL91 ABNA 0417 1643 00')
      const slowest = { input: '', ms: 0 }
      for (const [name, text] of Object.entries(hostile)) {
        const ms = cpuMs(() => detect(text))
        if (ms > slowest.ms) Object.assign(slowest, { input: name, ms })
      }
      expect(slowest.ms, `slowest on "${slowest.input}"`).toBeLessThan(200)
    })
  }
})

describe('the guard bounds the length before any pattern', () => {
  it('refuses text over its maximum at once, with a Dutch reason', () => {
    const text = fill('a@')
    let result = checkPrivacy('')
    expect(cpuMs(() => (result = checkPrivacy(text)))).toBeLessThan(200)
    expect(result.errors.map((f) => f.kind)).toEqual(['lengte'])
    expect(result.errors[0].message).toContain('te lang')
  })

  it('checks text up to its maximum, whatever it holds, within 200 ms', () => {
    for (const [name, text] of Object.entries(hostile)) {
      const bounded = text.slice(0, PRIVACY_GUARD_MAX_LENGTH)
      expect(cpuMs(() => checkPrivacy(bounded)), name).toBeLessThan(200)
    }
  })

  it('still finds identifying data after a long harmless stretch', () => {
    const text = `${'Jongere loopt vast op school. '.repeat(600)}Bel 06-12345678.`
    expect(text.length).toBeLessThan(PRIVACY_GUARD_MAX_LENGTH)
    expect(checkPrivacy(text).errors.map((f) => f.kind)).toEqual(['telefoon'])
  })
})

describe('dates', () => {
  const now = new Date('2026-05-01T10:00:00Z')
  it('treats a date after today as an appointment, not a date of birth', () => {
    expect(checkPrivacy('Evaluatie op 01-09-2026 met school.', { now }).errors).toEqual([])
    expect(checkPrivacy('Intake op 3 juni 2027.', { now }).errors).toEqual([])
  })
  it('still refuses a past date, a two-digit year and a date after "geboortedatum"', () => {
    expect(checkPrivacy('Besproken op 12-03-2026.', { now }).errors.map((f) => f.kind)).toEqual(['geboortedatum'])
    expect(checkPrivacy('Geboren 3/4/27', { now }).errors.map((f) => f.kind)).toEqual(['geboortedatum'])
    expect(checkPrivacy('Geboortedatum: 12 maart', { now }).errors.map((f) => f.kind)).toEqual(['geboortedatum'])
  })
  it('finds data written with extra spaces', () => {
    expect(checkPrivacy('Adres: 1012  AB   12').errors.map((f) => f.kind)).toEqual(['postcode'])
    expect(checkPrivacy('geboren op 12   maart 2015').errors.map((f) => f.kind)).toEqual(['geboortedatum'])
  })
})
