import { ValidationError, type CollectionBeforeChangeHook } from 'payload'
import { caseStatusTransitionError } from '../../domain/caseQuestions/status'
import { idOf, isStaffUser, type RelationValue } from '../access/roles'

interface CaseDoc {
  status?: string | null
  assignedPlatformMember?: RelationValue
  assignedExperts?: RelationValue[] | null
  advice?: { advice?: string | null; givenAt?: string | null; givenBy?: RelationValue } | null
  followUp?: { pickedUp?: boolean | null; howPickedUp?: string | null; recordedAt?: string | null } | null
  closing?: { cooperationRating?: number | null; effectRating?: number | null; closedAt?: string | null } | null
  statusHistory?: { status: string; at: string; by?: RelationValue; note?: string | null }[] | null
}

function ids(values: RelationValue[] | null | undefined): string[] {
  return (values ?? []).map((value) => idOf(value)).filter((id): id is string => Boolean(id))
}

/**
 * The status of a case question follows the state machine of src/domain. Steps that follow
 * from what was entered happen by themselves (assigning a platform member → doorgezet, an
 * expert → expert gekoppeld, writing the advice → advies gegeven), so an expert, who may not
 * set the status, still moves the question on. An invalid transition is refused with a Dutch
 * message; every change is recorded in the history with who and when.
 */
export const applyCaseStatusTransition: CollectionBeforeChangeHook = ({ data, originalDoc, operation, req }) => {
  const before = (originalDoc ?? {}) as CaseDoc
  const next = data as CaseDoc
  const from = operation === 'create' ? undefined : (before.status ?? 'ontvangen')
  let to = next.status ?? from ?? 'ontvangen'

  if (operation === 'update' && to === from) {
    const experts = next.assignedExperts === undefined ? ids(before.assignedExperts) : ids(next.assignedExperts)
    const hadExperts = ids(before.assignedExperts).length > 0
    const platformMember = next.assignedPlatformMember === undefined ? idOf(before.assignedPlatformMember) : idOf(next.assignedPlatformMember)
    const adviceText = next.advice?.advice ?? before.advice?.advice
    if (adviceText?.trim() && !before.advice?.advice?.trim() && to === 'expert-gekoppeld') to = 'advies-gegeven'
    else if (experts.length > 0 && !hadExperts && ['ontvangen', 'in-behandeling', 'doorgezet'].includes(to)) to = 'expert-gekoppeld'
    else if (platformMember && !idOf(before.assignedPlatformMember) && ['ontvangen', 'in-behandeling'].includes(to)) to = 'doorgezet'
  }

  // Routing a received question straight away means the coordinator did the triage: record it.
  let history = next.statusHistory ?? before.statusHistory ?? []
  let fromForCheck = from
  if (from === 'ontvangen' && (to === 'doorgezet' || to === 'expert-gekoppeld')) {
    history = [...history, entry('in-behandeling', req)]
    fromForCheck = 'in-behandeling'
  }
  const error = caseStatusTransitionError(fromForCheck, to)
  if (error) throw new ValidationError({ collection: 'caseQuestions', errors: [{ message: error, path: 'status' }] }, req.t)

  if (to === 'afgesloten' && from !== 'afgesloten' && from === 'advies-gegeven') {
    const closing = { ...(before.closing ?? {}), ...(next.closing ?? {}) }
    if (!closing.cooperationRating || !closing.effectRating) {
      throw new ValidationError(
        {
          collection: 'caseQuestions',
          errors: [{ message: 'Vul bij het afsluiten de beoordeling van de samenwerking en van het effect in (1–5).', path: 'closing.cooperationRating' }],
        },
        req.t,
      )
    }
  }

  const now = new Date().toISOString()
  const result: Record<string, unknown> = { ...data, status: to }
  if (to !== from) result.statusHistory = [...history, entry(to, req, now)]
  if (to === 'advies-gegeven' && from !== 'advies-gegeven') {
    result.advice = {
      ...(before.advice ?? {}),
      ...(next.advice ?? {}),
      givenAt: next.advice?.givenAt ?? before.advice?.givenAt ?? now,
      givenBy: idOf(next.advice?.givenBy) ?? idOf(before.advice?.givenBy) ?? (isStaffUser(req.user) ? String(req.user.id) : undefined),
    }
  }
  if (to === 'afgesloten' && from !== 'afgesloten') {
    result.closing = { ...(before.closing ?? {}), ...(next.closing ?? {}), closedAt: next.closing?.closedAt ?? before.closing?.closedAt ?? now }
  }
  const followUpChanged =
    next.followUp &&
    (Boolean(next.followUp.pickedUp) !== Boolean(before.followUp?.pickedUp) || (next.followUp.howPickedUp ?? '') !== (before.followUp?.howPickedUp ?? ''))
  if (followUpChanged && !next.followUp?.recordedAt) result.followUp = { ...next.followUp, recordedAt: now }
  return result
}

function entry(status: string, req: { user?: unknown }, at = new Date().toISOString()) {
  return { status, at, ...(isStaffUser(req.user) ? { by: String(req.user.id) } : {}) }
}
