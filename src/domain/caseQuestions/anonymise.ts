/**
 * Anonymising a closed case question after the retention period (AVG: keep no longer than
 * needed): every free text goes, the coded facts that feed the monitoring stay (network,
 * dates, status, age, gender, living situation, problems, urgency, kind of support, ratings).
 */

export const ANONYMISED_TEXT = '[geanonimiseerd]'

/** The moment before which a question closed at `closedAt` is due for anonymisation. */
export function retentionCutoff(now: Date, retentionMonths: number): Date {
  const cutoff = new Date(now)
  cutoff.setUTCMonth(cutoff.getUTCMonth() - retentionMonths)
  return cutoff
}

interface Step {
  step?: string | null
  deadline?: string | null
}

/** The update that removes all free text; `steps` keeps only its deadlines (the text goes). */
export function anonymisedCaseFields(
  question: { advice?: { steps?: Step[] | null } | null; statusHistory?: ({ note?: string | null } & Record<string, unknown>)[] | null },
  now: Date,
) {
  return {
    question: ANONYMISED_TEXT,
    routeMapPath: null,
    notes: null,
    context: { triedSoFar: null, involved: null },
    advice: {
      problemStatement: null,
      advice: null,
      reasoning: null,
      goals: null,
      preconditions: null,
      steps: (question.advice?.steps ?? []).map((step) => ({ step: ANONYMISED_TEXT, deadline: step.deadline ?? null })),
    },
    followUp: { howPickedUp: null },
    closing: { closingNote: null },
    statusHistory: (question.statusHistory ?? []).map((entry) => ({ ...entry, note: null })),
    anonymisedAt: now.toISOString(),
  }
}
