import type { CollectionAfterChangeHook, PayloadRequest } from 'payload'
import type { CaseQuestion } from '../../../payload-types'
import { ANSWER_STATUSES, storedAdviceState } from '../../../domain/caseQuestions/advice'
import {
  adviceCompleteEmail,
  newQuestionForCoordinatorEmail,
  questionAnsweredEmail,
  questionAssignedEmail,
  questionReceivedEmail,
  type EmailContent,
} from '../../../domain/caseQuestions/emails'
import { caseStatusLabel } from '../../../domain/caseQuestions/status'
import { idOf } from '../../shared/access/roles'
import { adminDocumentUrl, siteUrl } from '../../shared/email/caseLinks'
import { coordinatorEmail } from '../../shared/email/coordinatorEmail'
import { queueEmail } from '../../shared/email/queueEmail'

async function send(req: PayloadRequest, to: string | undefined | null, content: EmailContent, purpose: string) {
  if (!to) return
  await queueEmail(req.payload, { to, ...content, purpose }, req)
}

async function findPerson(req: PayloadRequest, collection: 'users' | 'professionals', id: string | undefined) {
  if (!id) return undefined
  const doc = await req.payload.findByID({ collection, id, overrideAccess: true, depth: 0, req, disableErrors: true })
  return doc ?? undefined
}

/**
 * The emails of the workflow, all through the queue: on a new question a confirmation to the
 * professional and a notice to the network's coordinator; on assignment a link for the platform
 * member and each new expert; when the expert marks the advice complete a notice to the
 * coordinator, who releases it; on an answer (a released advice among them) a notice to the
 * professional, who reads it in /account. A draft advice mails nobody.
 */
export const notifyCaseQuestionParticipants: CollectionAfterChangeHook<CaseQuestion> = async ({ doc, previousDoc, operation, req }) => {
  const question = doc
  const before: Partial<CaseQuestion> = previousDoc ?? {}
  const reference = question.reference ?? ''
  const adminLink = adminDocumentUrl('caseQuestions', question.id)
  const asker = await findPerson(req, 'professionals', idOf(question.askedBy))

  if (operation === 'create') {
    await send(req, asker?.email, questionReceivedEmail(asker?.name ?? '', reference, siteUrl('/account')), 'Casusvraag ontvangen')
    await send(
      req,
      await coordinatorEmail(req.payload, question.network, req),
      newQuestionForCoordinatorEmail(reference, question.urgency === 'hoog', adminLink),
      'Nieuwe casusvraag',
    )
  }

  const platformMember = idOf(question.assignedPlatformMember)
  if (platformMember && platformMember !== idOf(before.assignedPlatformMember)) {
    const person = await findPerson(req, 'users', platformMember)
    await send(req, person?.email, questionAssignedEmail(person?.name ?? '', reference, 'platformlid', adminLink), 'Casusvraag doorgezet')
  }
  const earlierExperts = new Set((before.assignedExperts ?? []).map((expert) => idOf(expert)))
  for (const expert of question.assignedExperts ?? []) {
    const id = idOf(expert)
    if (!id || earlierExperts.has(id)) continue
    const person = await findPerson(req, 'users', id)
    await send(req, person?.email, questionAssignedEmail(person?.name ?? '', reference, 'expert', adminLink), 'Expert gekoppeld')
  }

  if (operation === 'update' && storedAdviceState(question) === 'compleet' && storedAdviceState(before) === 'concept') {
    await send(
      req,
      await coordinatorEmail(req.payload, question.network, req),
      adviceCompleteEmail(reference, adminLink),
      'Advies compleet',
    )
  }

  // Widened to string[] so `includes` takes any status, not only the answer statuses.
  if (operation === 'update' && question.status !== before.status && (ANSWER_STATUSES as readonly string[]).includes(question.status ?? '')) {
    await send(
      req,
      asker?.email,
      questionAnsweredEmail(asker?.name ?? '', reference, caseStatusLabel(question.status), siteUrl('/account')),
      'Antwoord op casusvraag',
    )
  }
  return doc
}
