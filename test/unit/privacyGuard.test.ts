import fs from 'node:fs'
import { describe, expect, it } from 'vitest'
import {
  checkPrivacy,
  checkPrivacyOfFields,
  describeFindings,
  findProbableNames,
  isValidBsn,
  isValidIban,
} from '../../src/domain/caseQuestions/privacyGuard'

interface Example {
  text: string
  errors: string[]
  names: string[]
}
const corpus = JSON.parse(fs.readFileSync('test/fixtures/privacy/corpus.json', 'utf8')) as { examples: Example[] }

describe('11-proef for the BSN', () => {
  it('accepts valid numbers, with or without dots and spaces', () => {
    expect(isValidBsn('111222333')).toBe(true)
    expect(isValidBsn('123456782')).toBe(true)
    expect(isValidBsn('123.456.782')).toBe(true)
    expect(isValidBsn('123 456 782')).toBe(true)
  })
  it('refuses numbers that fail the check, are too short or are all zeros', () => {
    expect(isValidBsn('123456789')).toBe(false)
    expect(isValidBsn('12345678')).toBe(false)
    expect(isValidBsn('000000000')).toBe(false)
  })
})

describe('mod-97 check for the IBAN', () => {
  it('accepts valid IBANs with and without spaces', () => {
    expect(isValidIban('NL91ABNA0417164300')).toBe(true)
    expect(isValidIban('NL91 ABNA 0417 1643 00')).toBe(true)
    expect(isValidIban('DE89370400440532013000')).toBe(true)
  })
  it('refuses a wrong check digit or a wrong length', () => {
    expect(isValidIban('NL91ABNA0417164301')).toBe(false)
    expect(isValidIban('NL91ABNA041716430')).toBe(false)
  })
})

describe('privacy guard on the corpus', () => {
  it('has at least 30 examples', () => {
    expect(corpus.examples.length).toBeGreaterThanOrEqual(30)
  })
  for (const example of corpus.examples) {
    it(`"${example.text}"`, () => {
      const result = checkPrivacy(example.text)
      expect([...new Set(result.errors.map((f) => f.kind))].sort()).toEqual([...example.errors].sort())
      expect(result.warnings.map((f) => f.match).sort()).toEqual([...example.names].sort())
    })
  }
})

describe('privacy guard details', () => {
  it('never flags a name at the start of a sentence or after a colon', () => {
    expect(findProbableNames('Sanne gaat naar school. Daan niet.')).toEqual([])
  })
  it('gives a Dutch explanation with what it found', () => {
    const { errors } = checkPrivacy('BSN 111222333')
    expect(describeFindings(errors)).toContain('burgerservicenummer')
    expect(describeFindings(errors)).toContain('111222333')
  })
  it('reports per field and leaves clean fields out', () => {
    const result = checkPrivacyOfFields({ question: 'Wat kunnen we doen?', triedSoFar: 'Gebeld met 06-12345678', involved: 'Buurtteam en Kevin' })
    expect(Object.keys(result.errors)).toEqual(['triedSoFar'])
    expect(Object.keys(result.warnings)).toEqual(['involved'])
  })
  it('treats an empty text as clean', () => {
    expect(checkPrivacy('')).toEqual({ errors: [], warnings: [] })
    expect(checkPrivacy(undefined)).toEqual({ errors: [], warnings: [] })
  })
})
