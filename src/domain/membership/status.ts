/**
 * The membership procedure of the covenant (Bijlage 3) as a state machine:
 *
 *   ingediend → aspirant → besproken-in-platform → kennismakingsgesprek-gepland → advies
 *             ↘───────────↗                                                        ↓
 *                                                                  toegelaten | afgewezen
 *
 * Aspirant membership is an offer, not a duty ("may attend one platform meeting and one network
 * meeting"), so an application may also go to the platform directly. An applicant may withdraw
 * (ingetrokken) from every open state; toegelaten, afgewezen and ingetrokken are final.
 * Some steps need a detail before they can be taken; `checkTransition` names what is missing.
 */
import { labelOf, membershipApplicationStatuses, type MembershipApplicationStatus } from '../vocabulary'

export type { MembershipApplicationStatus }

export const INITIAL_STATUS: MembershipApplicationStatus = 'ingediend'

const nextStatuses: Record<MembershipApplicationStatus, readonly MembershipApplicationStatus[]> = {
  ingediend: ['aspirant', 'besproken-in-platform', 'ingetrokken'],
  aspirant: ['besproken-in-platform', 'ingetrokken'],
  'besproken-in-platform': ['kennismakingsgesprek-gepland', 'ingetrokken'],
  'kennismakingsgesprek-gepland': ['advies', 'ingetrokken'],
  advies: ['toegelaten', 'afgewezen', 'ingetrokken'],
  toegelaten: [],
  afgewezen: [],
  ingetrokken: [],
}

/** The statuses an application can move to from `status` (empty when the procedure is over). */
export function allowedNextStatuses(status: MembershipApplicationStatus): readonly MembershipApplicationStatus[] {
  return nextStatuses[status] ?? []
}

/** Open: the procedure is still running (platform members discuss open applications). */
export function isOpenStatus(status: MembershipApplicationStatus): boolean {
  return allowedNextStatuses(status).length > 0
}

export const openStatuses: readonly MembershipApplicationStatus[] = membershipApplicationStatuses
  .map((option) => option.value)
  .filter(isOpenStatus)

/** What a step needs, read from the application as it will be saved. */
export interface TransitionDetails {
  introductionMeetingAt?: string | Date | null
  advice?: string | null
  decisionReasons?: string | null
}

export type TransitionCheck = { ok: true } | { ok: false; message: string; field: 'status' | keyof TransitionDetails }

function filled(value: string | null | undefined): boolean {
  return typeof value === 'string' && value.trim() !== ''
}

function validDate(value: string | Date | null | undefined): boolean {
  if (value === null || value === undefined || value === '') return false
  return !Number.isNaN(new Date(value).getTime())
}

function label(status: MembershipApplicationStatus): string {
  return labelOf(membershipApplicationStatuses, status).toLowerCase()
}

/**
 * Whether an application may move from `from` to `to` with these details. Staying in the same
 * status is always allowed (it is not a step). Messages are Dutch, for the coordinator.
 */
export function checkTransition(
  from: MembershipApplicationStatus,
  to: MembershipApplicationStatus,
  details: TransitionDetails = {},
): TransitionCheck {
  if (from === to) return { ok: true }
  if (!allowedNextStatuses(from).includes(to)) {
    const allowed = allowedNextStatuses(from)
    const message =
      allowed.length === 0
        ? `Deze aanvraag is afgerond (${label(from)}): de status kan niet meer veranderen.`
        : `Van "${label(from)}" kan de aanvraag niet naar "${label(to)}". Mogelijk: ${allowed.map((status) => `"${label(status)}"`).join(', ')}.`
    return { ok: false, message, field: 'status' }
  }
  if (to === 'kennismakingsgesprek-gepland' && !validDate(details.introductionMeetingAt)) {
    return { ok: false, message: 'Vul de datum en tijd van het kennismakingsgesprek in.', field: 'introductionMeetingAt' }
  }
  if (to === 'advies' && !filled(details.advice)) {
    return { ok: false, message: 'Vul het advies aan het platform in.', field: 'advice' }
  }
  if ((to === 'toegelaten' || to === 'afgewezen') && !filled(details.decisionReasons)) {
    return { ok: false, message: 'Vul de motivering van het besluit in.', field: 'decisionReasons' }
  }
  return { ok: true }
}

/** The steps the applicant hears about by email (the others are internal to the network). */
export function notifiesApplicant(status: MembershipApplicationStatus): boolean {
  return ['ingediend', 'aspirant', 'kennismakingsgesprek-gepland', 'toegelaten', 'afgewezen', 'ingetrokken'].includes(status)
}
