import type { CollectionBeforeChangeHook } from 'payload'
import type { MembershipApplication } from '../../../payload-types'
import { INITIAL_STATUS, checkTransition, type MembershipApplicationStatus } from '../../../domain/membership/status'
import { stepTakenBy, withStatusHistory } from '../../shared/workflow/recordStatusHistory'
import { refuseStep } from '../../shared/workflow/refuseStep'

/** Field present in the update, else the stored value (a partial REST update sends only changes). */
function current<K extends keyof MembershipApplication>(data: Partial<MembershipApplication>, originalDoc: MembershipApplication | undefined, name: K): MembershipApplication[K] | undefined {
  return data[name] !== undefined ? data[name] : originalDoc?.[name]
}

/**
 * Walks the membership procedure's state machine (src/domain/membership/status.ts): refuses a
 * step that is not allowed or lacks its detail (date, advice, reasons) with a Dutch message at
 * the field, and records every step in `statusHistory` with the moment, who took it and the
 * note the coordinator wrote (shared/workflow: the history is rebuilt from the stored one, so
 * it cannot be forged). The note is used up by the step it explains.
 */
export const enforceMembershipTransition: CollectionBeforeChangeHook<MembershipApplication> = ({ data, originalDoc, operation, req }) => {
  const note = typeof data.transitionNote === 'string' && data.transitionNote.trim() !== '' ? data.transitionNote.trim() : undefined

  if (operation === 'create') {
    const status = data.status ?? INITIAL_STATUS
    if (status !== INITIAL_STATUS) refuseStep('Een nieuwe aanvraag begint met de status "Ingediend".', 'status')
    const first = note ?? (stepTakenBy(req) ? 'Aanvraag ingevoerd in het beheer' : 'Aanvraag ontvangen via de website')
    return withStatusHistory({ ...data, status: INITIAL_STATUS, transitionNote: null }, { to: INITIAL_STATUS, note: first, req })
  }

  // An update always has the stored document, and with it a status.
  const from = originalDoc?.status as MembershipApplicationStatus
  const to = data.status ?? from
  if (from === to) return withStatusHistory(data, { originalDoc, from, to, req })

  const check = checkTransition(from, to, {
    introductionMeetingAt: current(data, originalDoc, 'introductionMeetingAt'),
    advice: current(data, originalDoc, 'advice'),
    decisionReasons: current(data, originalDoc, 'decisionReasons'),
  })
  if (!check.ok) refuseStep(check.message, check.field)
  return withStatusHistory({ ...data, transitionNote: null }, { originalDoc, from, to, note, req })
}
