/**
 * Structural checks on a routekaart: every step has a well-formed key that is unique in the
 * map, and every reference (start step, answer targets) points at an existing step.
 */

export interface StepLike {
  key?: string | null
  kind?: string | null
  answers?: readonly { nextStepKey?: string | null }[] | null
}

const KEY_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/

export function isValidStepKey(key: string | null | undefined): boolean {
  return typeof key === 'string' && KEY_PATTERN.test(key)
}

/** Keys that occur more than once, each reported once, in order of first repetition. */
export function duplicateStepKeys(steps: readonly StepLike[]): string[] {
  const seen = new Set<string>()
  const duplicates: string[] = []
  for (const { key } of steps) {
    if (!key) continue
    if (seen.has(key) && !duplicates.includes(key)) duplicates.push(key)
    seen.add(key)
  }
  return duplicates
}

/** Step keys referenced (start step or answers) that no step has. */
export function unknownStepReferences(steps: readonly StepLike[], startStepKey?: string | null): string[] {
  const keys = new Set(steps.map((step) => step.key).filter(Boolean))
  const unknown: string[] = []
  const check = (ref: string | null | undefined) => {
    if (ref && !keys.has(ref) && !unknown.includes(ref)) unknown.push(ref)
  }
  check(startStepKey)
  for (const step of steps) for (const answer of step.answers ?? []) check(answer.nextStepKey)
  return unknown
}

/** Dutch error for the steps of a map, or undefined when the structure is sound. */
export function routeMapStepsError(steps: readonly StepLike[], startStepKey?: string | null): string | undefined {
  const badKey = steps.find((step) => !isValidStepKey(step.key))
  if (badKey) {
    return `Ongeldige stapsleutel "${badKey.key ?? ''}": gebruik kleine letters, cijfers en streepjes.`
  }
  const duplicates = duplicateStepKeys(steps)
  if (duplicates.length) return `Stapsleutels moeten uniek zijn; dubbel: ${duplicates.join(', ')}.`
  const unknown = unknownStepReferences(steps, startStepKey)
  if (unknown.length) return `Verwijzing naar onbekende stap: ${unknown.join(', ')}.`
  return undefined
}
