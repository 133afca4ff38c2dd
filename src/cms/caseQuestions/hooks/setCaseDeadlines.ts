import type { CollectionBeforeChangeHook } from 'payload'
import type { CaseQuestion } from '../../../payload-types'
import { caseDeadlines } from '../../../domain/caseQuestions/workingDays'

/**
 * A new case question gets its triage and advice deadlines from the norms in the
 * "Casusbehandeling" settings, counted in working days (Dutch holidays excluded).
 */
export const setCaseDeadlines: CollectionBeforeChangeHook<CaseQuestion> = async ({ data, operation, req }) => {
  if (operation !== 'create') return data
  const norms = await req.payload.findGlobal({ slug: 'caseHandling', overrideAccess: true, depth: 0, req })
  const { triageDueAt, adviceDueAt } = caseDeadlines(new Date(), {
    triageWorkingDays: norms.triageWorkingDays ?? 5,
    adviceDays: norms.adviceDays ?? 14,
    adviceDaysAreWorkingDays: norms.adviceDaysAreWorkingDays,
  })
  return {
    ...data,
    triageDueAt: data.triageDueAt ?? triageDueAt.toISOString(),
    adviceDueAt: data.adviceDueAt ?? adviceDueAt.toISOString(),
  }
}
