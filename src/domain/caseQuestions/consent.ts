/**
 * Who must know that a case question is asked, by the age of the young person (in line with
 * the WGBO age limits): under 12 the parents; 12 to 15 the parents and the young person;
 * 16 and older the young person.
 */

export type ConsentParty = 'ouders' | 'jongere'

export function consentPartiesForAge(age: number | null | undefined): ConsentParty[] {
  if (age === null || age === undefined || !Number.isFinite(age)) return ['ouders', 'jongere']
  if (age < 12) return ['ouders']
  if (age < 16) return ['ouders', 'jongere']
  return ['jongere']
}

/** The rule in one Dutch sentence, for the form. */
export function consentRuleText(age: number | null | undefined): string {
  if (age === null || age === undefined || !Number.isFinite(age)) {
    return 'Onder de 12 jaar informeer je de ouders of verzorgers, van 12 tot en met 15 jaar de ouders en de jongere, vanaf 16 jaar de jongere zelf.'
  }
  if (age < 12) return 'De jongere is jonger dan 12: de ouders of verzorgers moeten weten dat je deze vraag stelt.'
  if (age < 16) return 'De jongere is 12 tot en met 15 jaar: zowel de ouders of verzorgers als de jongere moeten het weten.'
  return 'De jongere is 16 of ouder: de jongere zelf moet weten dat je deze vraag stelt.'
}

/** undefined when those who must know have been informed, otherwise the Dutch reason. */
export function consentError(
  age: number | null | undefined,
  informed: { parentsInformed?: boolean | null; youngPersonInformed?: boolean | null },
): string | undefined {
  const parties = consentPartiesForAge(age)
  const missing: string[] = []
  if (parties.includes('ouders') && !informed.parentsInformed) missing.push('de ouders of verzorgers')
  if (parties.includes('jongere') && !informed.youngPersonInformed) missing.push('de jongere')
  if (missing.length === 0) return undefined
  return `${consentRuleText(age)} Bevestig dat ${missing.join(' en ')} geïnformeerd ${missing.length > 1 ? 'zijn' : 'is'}.`
}
