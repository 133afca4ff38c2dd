import { describe, it, expect } from 'vitest'
import {
  amsterdamYear,
  caseReferenceYearPrefix,
  formatCaseReference,
  nextCaseReference,
  parseCaseReference,
} from '../../src/domain/caseQuestions/reference'

describe('formatCaseReference', () => {
  it('pads the sequence to four digits', () => {
    expect(formatCaseReference(2026, 1)).toBe('CV-2026-0001')
    expect(formatCaseReference(2026, 123)).toBe('CV-2026-0123')
  })
  it('grows beyond four digits instead of wrapping', () => {
    expect(formatCaseReference(2026, 12345)).toBe('CV-2026-12345')
  })
  it('rejects impossible years and sequences', () => {
    expect(() => formatCaseReference(26, 1)).toThrow(RangeError)
    expect(() => formatCaseReference(2026, 0)).toThrow(RangeError)
    expect(() => formatCaseReference(2026, 1.5)).toThrow(RangeError)
  })
})

describe('parseCaseReference', () => {
  it('reads year and sequence back', () => {
    expect(parseCaseReference('CV-2026-0042')).toEqual({ year: 2026, sequence: 42 })
    expect(parseCaseReference('CV-2026-10000')).toEqual({ year: 2026, sequence: 10000 })
  })
  it('rejects other formats', () => {
    expect(parseCaseReference('CV-2026-42')).toBeUndefined()
    expect(parseCaseReference('XX-2026-0042')).toBeUndefined()
    expect(parseCaseReference('')).toBeUndefined()
  })
})

describe('nextCaseReference', () => {
  it('starts the year at 0001', () => {
    expect(nextCaseReference(2026, [])).toBe('CV-2026-0001')
  })
  it('follows the highest sequence of the same year, ignoring other years and junk', () => {
    expect(
      nextCaseReference(2026, ['CV-2026-0002', 'CV-2025-0100', 'CV-2026-0009', null, 'rommel', undefined]),
    ).toBe('CV-2026-0010')
  })
  it('restarts in a new year', () => {
    expect(nextCaseReference(2027, ['CV-2026-0500'])).toBe('CV-2027-0001')
  })
  it('offers the prefix of a year', () => {
    expect(caseReferenceYearPrefix(2026)).toBe('CV-2026-')
  })
})

describe('amsterdamYear', () => {
  it('uses the Amsterdam calendar, not UTC', () => {
    expect(amsterdamYear(new Date('2025-12-31T23:30:00Z'))).toBe(2026)
    expect(amsterdamYear(new Date('2025-12-31T22:30:00Z'))).toBe(2025)
  })
})
