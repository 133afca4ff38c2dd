import type { CollectionBeforeChangeHook } from 'payload'
import type { CaseQuestion } from '../../../payload-types'
import { amsterdamYear, caseReferenceYearPrefix, nextCaseReference } from '../../../domain/caseQuestions/reference'

/**
 * Gives a new case question its reference ("CV-2026-0001"): the next number of the year.
 * The reference field is unique, so two questions saved at the same instant cannot share a
 * number: the second save fails instead (rare; the form may retry).
 */
export const generateCaseQuestionReference: CollectionBeforeChangeHook<CaseQuestion> = async ({ data, operation, req }) => {
  if (operation !== 'create') return data
  const year = amsterdamYear(new Date())
  const last = await req.payload.find({
    collection: 'caseQuestions',
    where: { reference: { like: caseReferenceYearPrefix(year) } },
    // Lexical order equals numeric order up to 9,999 questions a year.
    sort: '-reference',
    limit: 1,
    depth: 0,
    pagination: false,
    overrideAccess: true,
    req,
  })
  const existing = last.docs.map((doc) => doc.reference)
  return { ...data, reference: nextCaseReference(year, existing) }
}
