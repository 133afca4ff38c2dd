/**
 * The status of a case question as a state machine. The main route follows the expert-team
 * steps (registration → triage → routing → advice → closing); a simple question can be
 * answered by the coordinator, and any open question can be referred to another service.
 */
import { caseQuestionStatuses, type CaseQuestionStatus } from '../vocabulary'

export const CASE_STATUS_TRANSITIONS: Readonly<Record<CaseQuestionStatus, readonly CaseQuestionStatus[]>> = {
  ontvangen: ['in-behandeling', 'beantwoord-door-coordinator', 'doorverwezen'],
  'in-behandeling': ['doorgezet', 'expert-gekoppeld', 'beantwoord-door-coordinator', 'doorverwezen'],
  doorgezet: ['expert-gekoppeld', 'in-behandeling', 'doorverwezen'],
  'expert-gekoppeld': ['advies-gegeven', 'doorgezet', 'doorverwezen'],
  'advies-gegeven': ['afgesloten', 'expert-gekoppeld'],
  'beantwoord-door-coordinator': ['afgesloten', 'in-behandeling'],
  doorverwezen: ['afgesloten', 'in-behandeling'],
  afgesloten: [],
}

/** Statuses in which the question is still waiting for the network (for reminders and monitoring). */
export const OPEN_CASE_STATUSES: readonly CaseQuestionStatus[] = ['ontvangen', 'in-behandeling', 'doorgezet', 'expert-gekoppeld']

export function caseStatusLabel(status: string | null | undefined): string {
  return caseQuestionStatuses.find((option) => option.value === status)?.label ?? String(status ?? '')
}

export function isCaseStatus(value: unknown): value is CaseQuestionStatus {
  return caseQuestionStatuses.some((option) => option.value === value)
}

/** The statuses a question may move to from `from`. */
export function nextCaseStatuses(from: CaseQuestionStatus): readonly CaseQuestionStatus[] {
  return CASE_STATUS_TRANSITIONS[from] ?? []
}

/** undefined when `from` → `to` is allowed (or unchanged), otherwise the Dutch reason. */
export function caseStatusTransitionError(from: string | null | undefined, to: string | null | undefined): string | undefined {
  if (!isCaseStatus(to)) return `Onbekende status "${String(to)}".`
  if (from === undefined || from === null) {
    return to === 'ontvangen' ? undefined : `Een nieuwe casusvraag begint met de status "${caseStatusLabel('ontvangen')}".`
  }
  if (!isCaseStatus(from)) return `Onbekende huidige status "${String(from)}".`
  if (from === to) return undefined
  if (CASE_STATUS_TRANSITIONS[from].includes(to)) return undefined
  const allowed = CASE_STATUS_TRANSITIONS[from]
  const options = allowed.length ? allowed.map((s) => `"${caseStatusLabel(s)}"`).join(', ') : 'geen: de vraag is afgesloten'
  return `Van "${caseStatusLabel(from)}" kan de status niet naar "${caseStatusLabel(to)}". Mogelijk: ${options}.`
}

/**
 * Routing a received question at once (to a platform member or an expert) means the
 * coordinator did the triage: the workflow records "in behandeling" in between.
 */
const IMPLIED_TRIAGE: Partial<Record<CaseQuestionStatus, readonly CaseQuestionStatus[]>> = {
  ontvangen: ['doorgezet', 'expert-gekoppeld'],
}

/** Whether `from` → `to` passes through "in behandeling" (the triage) on the way. */
export function impliesTriage(from: string | null | undefined, to: string): boolean {
  return isCaseStatus(from) && (IMPLIED_TRIAGE[from] ?? []).some((status) => status === to)
}

/**
 * The statuses the admin offers in the dropdown for a question now in `from`: the current one
 * and every step allowed from it (a new question: only "ontvangen").
 */
export function selectableCaseStatuses(from: string | null | undefined): CaseQuestionStatus[] {
  if (!isCaseStatus(from)) return ['ontvangen']
  return [from, ...CASE_STATUS_TRANSITIONS[from], ...(IMPLIED_TRIAGE[from] ?? [])].filter(
    (status, index, all) => all.indexOf(status) === index,
  )
}

/** The status a question has now, from its recorded history (the last step taken). */
export function currentCaseStatus(history: unknown): string | undefined {
  if (!Array.isArray(history) || history.length === 0) return undefined
  const last = history[history.length - 1] as { status?: unknown } | null
  return typeof last?.status === 'string' ? last.status : undefined
}
