import { APIError, type CollectionBeforeChangeHook, type PayloadRequest } from 'payload'
import type { CaseQuestion } from '../../../payload-types'
import { CASE_QUESTION_LIMIT, caseQuestionLimitExceeded } from '../../../domain/caseQuestions/caseRules'
import { isProfessionalUser } from '../../shared/access/roles'

/**
 * At most a few questions per professional per hour, counted per account on the questions
 * that were stored: a refusal (privacy guard, consent, a typo) never counts, and colleagues
 * sharing an office address do not share a limit. In the collection, so REST and GraphQL are
 * limited as the site is. The answer is 429 with the time it works again.
 *
 * Counted from the audit log's "aangemaakt" entries of this account: exactly the questions the
 * professional sent and that were stored, not those a coordinator registered for them.
 * Questions sent at the very same moment could pass this check together; today the unique
 * reference (generateCaseQuestionReference) lets only one of them be stored.
 */

/** When this professional's stored questions of the window were sent: the most recent first. */
async function acceptedInWindow(req: PayloadRequest, professionalId: string | number, now: Date): Promise<string[]> {
  const since = new Date(now.getTime() - CASE_QUESTION_LIMIT.windowMs).toISOString()
  const { docs } = await req.payload.find({
    collection: 'caseAuditLog',
    where: {
      and: [
        { action: { equals: 'aangemaakt' } },
        { actorProfessional: { equals: String(professionalId) } },
        { createdAt: { greater_than_equal: since } },
      ],
    },
    // With the limit reached, the oldest of these decides when there is room again.
    sort: '-createdAt',
    limit: CASE_QUESTION_LIMIT.max,
    depth: 0,
    select: { createdAt: true },
    overrideAccess: true,
    req,
  })
  return docs.map((doc) => String(doc.createdAt))
}

function tooMany(message: string, retryAt: Date): APIError {
  return new APIError(message, 429, { retryAt: retryAt.toISOString() }, true)
}

/** Before storing: refuse when the account already reached the limit. */
export const limitCaseQuestionsPerProfessional: CollectionBeforeChangeHook<CaseQuestion> = async ({ data, operation, req }) => {
  if (operation !== 'create' || !isProfessionalUser(req.user)) return data
  const now = new Date()
  const exceeded = caseQuestionLimitExceeded(await acceptedInWindow(req, req.user.id, now), now)
  if (exceeded) throw tooMany(exceeded.message, exceeded.retryAt)
  return data
}
