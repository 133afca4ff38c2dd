/**
 * A routekaart as the admin holds it while the coordinator works on it: anything may be
 * missing or half-made. The form gives an array without rows as the number 0, a new step has
 * no answers yet, a key may be empty or null. Everything that reads a draft (the outline, the
 * checks) first turns it into this one plain shape, so no reader has to guess.
 */

export interface DraftAnswer {
  label: string
  nextStepKey: string
}

export interface DraftStep {
  key: string
  kind: string
  title: string
  answers: DraftAnswer[]
}

const text = (value: unknown): string => (typeof value === 'string' ? value : '')
const record = (value: unknown): Record<string, unknown> =>
  value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : {}

/** Any value as a list of steps: non-arrays become no steps, non-objects become empty steps. */
export function normaliseDraftSteps(value: unknown): DraftStep[] {
  if (!Array.isArray(value)) return []
  return value.map((raw) => {
    const step = record(raw)
    const answers = Array.isArray(step.answers) ? step.answers : []
    return {
      key: text(step.key),
      kind: text(step.kind),
      title: text(step.title),
      answers: answers.map((answer) => {
        const row = record(answer)
        return { label: text(row.label), nextStepKey: text(row.nextStepKey) }
      }),
    }
  })
}

/** The start key of a draft, or '' when it has none (or something that is no text). */
export function normaliseStartKey(value: unknown): string {
  return text(value)
}
