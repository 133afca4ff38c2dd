import type { CollectionBeforeChangeHook } from 'payload'
import type { CaseQuestion } from '../../../payload-types'
import { decideAdviceStep, storedAdviceState, isAdviceState } from '../../../domain/caseQuestions/advice'
import { caseStatusTransitionError, impliesTriage } from '../../../domain/caseQuestions/status'
import { idOf, isCoordinatorUser, isStaffUser, type RelationValue } from '../../shared/access/roles'
import { withStatusHistory } from '../../shared/workflow/recordStatusHistory'
import { refuseStep } from '../../shared/workflow/refuseStep'

function ids(values: RelationValue[] | null | undefined): string[] {
  return (values ?? []).map((value) => idOf(value)).filter((id): id is string => Boolean(id))
}

/**
 * The status of a case question follows the state machine of src/domain. Steps that follow
 * from what was entered happen by themselves (assigning a platform member → doorgezet, an
 * expert → expert gekoppeld, the coordinator releasing the advice → advies gegeven), so an
 * expert, who may not set the status, still moves the question on. The advice is a draft until
 * the expert marks it complete and the coordinator releases it (domain/caseQuestions/advice).
 * A step that is not allowed is refused with the domain's Dutch reason at its field; every
 * change is recorded in the history with who and when (shared/workflow: the one rule for every
 * workflow's history). Anonymising a question also erases the notes of its history.
 */
export const applyCaseStatusTransition: CollectionBeforeChangeHook<CaseQuestion> = ({ data, originalDoc, operation, req }) => {
  const before: Partial<CaseQuestion> = originalDoc ?? {}
  const next = data
  const from: string | undefined = operation === 'create' ? undefined : (before.status ?? 'ontvangen')
  let to: string = next.status ?? from ?? 'ontvangen'

  if (operation === 'update' && to === from) {
    const experts = next.assignedExperts === undefined ? ids(before.assignedExperts) : ids(next.assignedExperts)
    const hadExperts = ids(before.assignedExperts).length > 0
    const platformMember = next.assignedPlatformMember === undefined ? idOf(before.assignedPlatformMember) : idOf(next.assignedPlatformMember)
    if (experts.length > 0 && !hadExperts && ['ontvangen', 'in-behandeling', 'doorgezet'].includes(to)) to = 'expert-gekoppeld'
    else if (platformMember && !idOf(before.assignedPlatformMember) && ['ontvangen', 'in-behandeling'].includes(to)) to = 'doorgezet'
  }

  // A status asked for that the workflow does not allow: refused before anything else.
  const asked = transitionCheck(from, to)
  if (asked.error) refuseStep(asked.error, 'status')

  // The advice: its state and the status move together (a release gives "advies gegeven").
  const advice = { ...(before.advice ?? {}), ...(next.advice ?? {}) }
  const adviceFrom = operation === 'create' ? 'concept' : storedAdviceState(before)
  const askedState = next.advice?.state
  const decision = decideAdviceStep({
    from: adviceFrom,
    to: isAdviceState(askedState) ? askedState : adviceFrom,
    statusFrom: from,
    statusTo: to,
    hasText: Boolean(advice.advice?.trim()),
    isCoordinator: isCoordinatorUser(req.user) || !req.user,
  })
  if (!decision.ok) refuseStep(decision.message, decision.field)
  to = decision.status

  // Routing a received question straight away means the coordinator did the triage: record it.
  const check = transitionCheck(from, to)
  if (check.error) refuseStep(check.error, 'status')

  if (to === 'afgesloten' && from !== 'afgesloten' && from === 'advies-gegeven') {
    const closing = { ...(before.closing ?? {}), ...(next.closing ?? {}) }
    if (!closing.cooperationRating || !closing.effectRating) {
      refuseStep(
        'Vul bij het afsluiten de beoordeling van de samenwerking en van het effect in (1–5), op het tabblad Opvolging en afsluiting.',
        closing.cooperationRating ? 'closing.effectRating' : 'closing.cooperationRating',
      )
    }
  }

  const now = new Date().toISOString()
  const staffId = isStaffUser(req.user) ? String(req.user.id) : undefined
  const result: Record<string, unknown> = withStatusHistory(
    { ...data, status: to },
    { originalDoc, from, to, between: check.between, req, eraseNotes: Boolean(next.anonymisedAt) },
  )

  const nextAdvice: Record<string, unknown> = { ...advice, state: decision.state }
  if (decision.state !== 'concept' && adviceFrom === 'concept') {
    // Whoever marks the advice complete wrote it (the expert); releasing does not change that.
    nextAdvice.completedAt = advice.completedAt ?? now
    nextAdvice.givenBy = idOf(advice.givenBy) ?? staffId
  }
  if (decision.state === 'concept') nextAdvice.completedAt = null
  if (decision.state === 'vrijgegeven' && adviceFrom !== 'vrijgegeven') {
    nextAdvice.givenAt = advice.givenAt ?? now
    nextAdvice.givenBy = idOf(advice.givenBy) ?? staffId
  }
  if (operation === 'update' || next.advice) result.advice = nextAdvice

  if (to === 'afgesloten' && from !== 'afgesloten') {
    result.closing = { ...(before.closing ?? {}), ...(next.closing ?? {}), closedAt: next.closing?.closedAt ?? before.closing?.closedAt ?? now }
  }
  const followUpChanged =
    next.followUp &&
    (Boolean(next.followUp.pickedUp) !== Boolean(before.followUp?.pickedUp) || (next.followUp.howPickedUp ?? '') !== (before.followUp?.howPickedUp ?? ''))
  if (followUpChanged && !next.followUp?.recordedAt) result.followUp = { ...next.followUp, recordedAt: now }
  return result
}

/** Whether `from` → `to` is allowed, and the steps recorded in between (the implied triage). */
function transitionCheck(from: string | undefined, to: string): { error?: string; between: string[] } {
  if (impliesTriage(from, to)) return { error: caseStatusTransitionError('in-behandeling', to), between: ['in-behandeling'] }
  return { error: caseStatusTransitionError(from, to), between: [] }
}
