import type { Payload, Where } from 'payload'
import { questionDeadline, type QueueDefinition, type QuestionDeadline } from '../../domain/workQueues/caseQueues'
import { adminDocumentUrl, adminListUrl, toWhere } from '../../domain/workQueues/filters'
import { caseStatusLabel } from '../../domain/caseQuestions/status'
import { labelOf, networks } from '../../domain/vocabulary'
import type { QueueLine } from './countQueue'

/** At most this many questions are listed one by one; the count above them is the full count. */
export const QUESTIONS_LISTED = 20

export interface AssignedQuestion {
  id: string
  reference: string
  href: string
  network: string
  status: string
  deadline?: QuestionDeadline
}

export interface AssignedQuestions {
  line: QueueLine
  questions: AssignedQuestion[]
}

/**
 * The questions of a queue that only names the user's own questions (platform member, expert),
 * read as the user: the count and the list hold nothing they could not open. Listed by the
 * deadline that comes first.
 */
export async function loadAssignedQuestions(payload: Payload, user: unknown, queue: QueueDefinition, now: Date): Promise<AssignedQuestions> {
  const found = await payload.find({
    collection: 'caseQuestions',
    where: toWhere(queue.filter) as Where,
    sort: queue.sort,
    limit: QUESTIONS_LISTED,
    depth: 0,
    overrideAccess: false,
    user,
    select: { reference: true, network: true, status: true, triageDueAt: true, adviceDueAt: true },
  })
  return {
    line: { key: queue.key, count: found.totalDocs, noun: queue.noun, href: adminListUrl('caseQuestions', queue.filter, { sort: queue.sort }) },
    questions: found.docs.map((doc) => ({
      id: String(doc.id),
      reference: doc.reference ?? String(doc.id),
      href: adminDocumentUrl('caseQuestions', String(doc.id)),
      network: labelOf(networks, doc.network ?? ''),
      status: caseStatusLabel(doc.status),
      deadline: questionDeadline(doc, now),
    })),
  }
}
