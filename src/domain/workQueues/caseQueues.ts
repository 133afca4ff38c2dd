/**
 * Which case questions wait for whom. The deadlines are the stored `triageDueAt` and
 * `adviceDueAt` (set on arrival in working days, Dutch holidays excluded); which one applies
 * follows the status, as in the case list's "Termijn" column (caseDeadlineSummary).
 */
import { addWorkingDays, amsterdamDay, endOfAmsterdamDay } from '../caseQuestions/workingDays'
import type { CaseQuestionStatus, Network } from '../vocabulary'
import { deadlineText, type DeadlineText, type Noun } from './dutch'
import { condition, type Filter } from './filters'

/** The triage deadline applies while the coordinator has not routed the question yet. */
export const TRIAGE_STATUSES: readonly CaseQuestionStatus[] = ['ontvangen', 'in-behandeling']
/** The advice deadline applies once the question is with a platform member or expert. */
export const ADVICE_STATUSES: readonly CaseQuestionStatus[] = ['doorgezet', 'expert-gekoppeld']

/** "Binnenkort": the deadline falls today or within this many working days. */
export const DUE_SOON_WORKING_DAYS = 2

/** The last moment that still counts as "due soon": the end of the 2nd working day after today. */
export function dueSoonUntil(now: Date): Date {
  return endOfAmsterdamDay(addWorkingDays(amsterdamDay(now), DUE_SOON_WORKING_DAYS))
}

export type CoordinatorCaseQueue = 'new' | 'triageOverdue' | 'triageDueSoon' | 'adviceOverdue' | 'adviceDueSoon' | 'followUpMissing'

export interface QueueDefinition<K extends string = string> {
  key: K
  noun: Noun
  filter: Filter
  /** Sort of the admin list behind the link: what needs attention first. */
  sort?: string
}

function deadlineQueues(kind: 'triage' | 'advice', now: Date): QueueDefinition<CoordinatorCaseQueue>[] {
  const field = kind === 'triage' ? 'triageDueAt' : 'adviceDueAt'
  const statuses = condition('status', 'in', kind === 'triage' ? TRIAGE_STATUSES : ADVICE_STATUSES)
  const word = kind === 'triage' ? 'triagetermijn' : 'adviestermijn'
  const nowIso = now.toISOString()
  return [
    {
      key: kind === 'triage' ? 'triageOverdue' : 'adviceOverdue',
      noun: { singular: `vraag met verlopen ${word}`, plural: `vragen met verlopen ${word}` },
      filter: [statuses, condition(field, 'less_than', nowIso)],
      sort: field,
    },
    {
      key: kind === 'triage' ? 'triageDueSoon' : 'adviceDueSoon',
      noun: {
        singular: `vraag met ${word} binnen ${DUE_SOON_WORKING_DAYS} werkdagen`,
        plural: `vragen met ${word} binnen ${DUE_SOON_WORKING_DAYS} werkdagen`,
      },
      filter: [statuses, condition(field, 'greater_than_equal', nowIso), condition(field, 'less_than_equal', dueSoonUntil(now).toISOString())],
      sort: field,
    },
  ]
}

/** The coordinator's case queues for one network. */
export function coordinatorCaseQueues(network: Network, now: Date): QueueDefinition<CoordinatorCaseQueue>[] {
  const inNetwork = condition('network', 'equals', network)
  const queues: QueueDefinition<CoordinatorCaseQueue>[] = [
    {
      key: 'new',
      noun: { singular: 'nieuwe vraag, nog niet in behandeling', plural: 'nieuwe vragen, nog niet in behandeling' },
      filter: [condition('status', 'equals', 'ontvangen')],
      sort: 'createdAt',
    },
    ...deadlineQueues('triage', now),
    ...deadlineQueues('advice', now),
    {
      // The coordinator checks whether and how the advice was picked up (covenant); until that
      // is recorded (followUp.recordedAt, stamped when the follow-up is filled in) it waits.
      key: 'followUpMissing',
      noun: { singular: 'gegeven advies zonder vastgelegde opvolging', plural: 'gegeven adviezen zonder vastgelegde opvolging' },
      filter: [condition('status', 'equals', 'advies-gegeven'), condition('followUp.recordedAt', 'exists', false)],
      sort: 'updatedAt',
    },
  ]
  return queues.map((queue) => ({ ...queue, filter: [inNetwork, ...queue.filter] }))
}

/** A platform member's questions that still need an expert of their organisation. */
export function needsExpertQueue(platformMemberId: string): QueueDefinition<'needsExpert'> {
  return {
    key: 'needsExpert',
    noun: { singular: 'vraag die nog een expert nodig heeft', plural: 'vragen die nog een expert nodig hebben' },
    filter: [condition('assignedPlatformMember', 'equals', platformMemberId), condition('status', 'equals', 'doorgezet')],
    sort: 'adviceDueAt',
  }
}

/** An expert's open questions: those they are linked to that wait for an advice. */
export function expertQueue(expertId: string): QueueDefinition<'assignedToExpert'> {
  return {
    key: 'assignedToExpert',
    noun: { singular: 'vraag wacht op uw advies', plural: 'vragen wachten op uw advies' },
    filter: [condition('assignedExperts', 'in', [expertId]), condition('status', 'in', ADVICE_STATUSES)],
    sort: 'adviceDueAt',
  }
}

export interface QuestionDeadlineInput {
  status?: string | null
  triageDueAt?: string | null
  adviceDueAt?: string | null
}

export interface QuestionDeadline extends DeadlineText {
  kind: 'Triage' | 'Advies'
  dueAt: Date
}

/** The deadline that applies to a question now, with its words; undefined when none applies. */
export function questionDeadline(question: QuestionDeadlineInput, now: Date): QuestionDeadline | undefined {
  const status = question.status as CaseQuestionStatus
  const which = TRIAGE_STATUSES.includes(status)
    ? { kind: 'Triage' as const, due: question.triageDueAt }
    : ADVICE_STATUSES.includes(status)
      ? { kind: 'Advies' as const, due: question.adviceDueAt }
      : undefined
  if (!which?.due) return undefined
  const dueAt = new Date(which.due)
  if (Number.isNaN(dueAt.getTime())) return undefined
  return { kind: which.kind, dueAt, ...deadlineText(dueAt, now) }
}
