/**
 * Case question references: "CV-<year>-<sequence>", e.g. "CV-2026-0001". The sequence restarts
 * every year and has at least four digits (it grows beyond 9999 rather than wrapping).
 */

export const CASE_REFERENCE_PREFIX = 'CV'

const REFERENCE_PATTERN = /^CV-(\d{4})-(\d{4,})$/

export function formatCaseReference(year: number, sequence: number): string {
  if (!Number.isInteger(year) || year < 1000 || year > 9999) {
    throw new RangeError(`Ongeldig jaar voor casusnummer: ${year}`)
  }
  if (!Number.isInteger(sequence) || sequence < 1) {
    throw new RangeError(`Ongeldig volgnummer voor casusnummer: ${sequence}`)
  }
  return `${CASE_REFERENCE_PREFIX}-${year}-${String(sequence).padStart(4, '0')}`
}

export function parseCaseReference(reference: string): { year: number; sequence: number } | undefined {
  const match = REFERENCE_PATTERN.exec(reference)
  if (!match) return undefined
  return { year: Number(match[1]), sequence: Number(match[2]) }
}

/** The prefix all references of a year share, for looking up the last one issued. */
export function caseReferenceYearPrefix(year: number): string {
  return `${CASE_REFERENCE_PREFIX}-${year}-`
}

/**
 * The next reference of the year, given the references already issued that year (any order,
 * foreign or malformed values ignored).
 */
export function nextCaseReference(year: number, existing: readonly (string | null | undefined)[]): string {
  let highest = 0
  for (const reference of existing) {
    if (!reference) continue
    const parsed = parseCaseReference(reference)
    if (parsed && parsed.year === year && parsed.sequence > highest) highest = parsed.sequence
  }
  return formatCaseReference(year, highest + 1)
}

/** The calendar year in Amsterdam: a question sent on 31 December 23:30 belongs to that year. */
export function amsterdamYear(date: Date): number {
  const year = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Amsterdam', year: 'numeric' }).format(date)
  return Number(year)
}
