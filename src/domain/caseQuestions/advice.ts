/**
 * The advice on a case question goes through three states. The expert writes it as a draft
 * (saving as often as needed), marks it complete, and the coordinator, who registers the advice
 * and connects asker and expert, releases it to the professional. Only released advice reaches
 * the professional: their account page, the API, the e-mail that there is news.
 */
import { isCaseStatus } from './status'

export const adviceStates = [
  { value: 'concept', label: 'Concept (nog niet zichtbaar voor de vrager)' },
  { value: 'compleet', label: 'Compleet (wacht op vrijgave door de coördinator)' },
  { value: 'vrijgegeven', label: 'Vrijgegeven aan de vrager' },
] as const
export type AdviceState = (typeof adviceStates)[number]['value']

/** Statuses that tell the professional there is an answer: they are mailed and may read it. */
export const ANSWER_STATUSES = ['advies-gegeven', 'beantwoord-door-coordinator', 'doorverwezen'] as const

const isAnswerStatus = (status: unknown): boolean => (ANSWER_STATUSES as readonly string[]).includes(String(status))

export function isAdviceState(value: unknown): value is AdviceState {
  return adviceStates.some((state) => state.value === value)
}

interface AdviceDoc {
  status?: string | null
  advice?: { state?: string | null } | null
}

/**
 * The state of the advice as stored. Questions from before the three states have none: their
 * advice reached the professional as soon as the question had an answer status, so it counts
 * as released there (and as a draft everywhere else).
 */
export function storedAdviceState(doc: AdviceDoc | null | undefined): AdviceState {
  const state = doc?.advice?.state
  if (isAdviceState(state)) return state
  return isAnswerStatus(doc?.status) || doc?.status === 'afgesloten' ? 'vrijgegeven' : 'concept'
}

/** Whether the professional may read the advice. */
export function isAdviceReleased(doc: AdviceDoc | null | undefined): boolean {
  return storedAdviceState(doc) === 'vrijgegeven'
}

export interface AdviceStep {
  /** The stored state before this change. */
  from: AdviceState
  /** The state asked for (unchanged when the change does not name one). */
  to: AdviceState
  /** The question's status before and as asked for by this change. */
  statusFrom?: string
  statusTo: string
  /** Whether the advice text is filled in (after this change). */
  hasText: boolean
  isCoordinator: boolean
}

export type AdviceDecision =
  | { ok: true; state: AdviceState; status: string }
  | { ok: false; message: string; field: 'status' | 'advice.state' }

/**
 * What a change does to the advice and the status together: a coordinator's answer status
 * releases the advice, releasing it moves "expert gekoppeld" on to "advies gegeven", and
 * stepping back from an answer makes the advice a draft again. Refusals carry the Dutch reason
 * and the field it belongs to.
 */
export function decideAdviceStep(step: AdviceStep): AdviceDecision {
  let { to, statusTo } = step
  const statusChanged = step.statusFrom !== statusTo
  if (!isCaseStatus(statusTo)) return { ok: true, state: to, status: statusTo }

  if (statusChanged && isAnswerStatus(statusTo)) {
    if (statusTo === 'advies-gegeven' && !step.hasText) {
      return { ok: false, field: 'status', message: 'Er is nog geen advies om te geven: vul eerst het advies in (tabblad Advies).' }
    }
    if (step.hasText) to = 'vrijgegeven'
  } else if (statusChanged && isAnswerStatus(step.statusFrom) && !isAnswerStatus(statusTo) && statusTo !== 'afgesloten') {
    // Back from an answer to handling: the advice is reworked and released again later.
    to = 'concept'
  }

  if (to === step.from) return { ok: true, state: to, status: statusTo }
  if (step.from === 'vrijgegeven' && !step.isCoordinator) {
    return { ok: false, field: 'advice.state', message: 'Het advies is al vrijgegeven aan de vrager; alleen de coördinator kan het nog wijzigen.' }
  }
  if (to === 'vrijgegeven' && !step.isCoordinator) {
    return {
      ok: false,
      field: 'advice.state',
      message: 'Alleen de coördinator geeft het advies vrij aan de vrager. Kies "Compleet": de coördinator krijgt dan bericht.',
    }
  }
  if ((to === 'compleet' || to === 'vrijgegeven') && !step.hasText) {
    return {
      ok: false,
      field: 'advice.state',
      message: `Vul eerst het advies in voordat het ${to === 'compleet' ? 'compleet is' : 'vrijgegeven wordt'}.`,
    }
  }
  if (to === 'vrijgegeven' && !isAnswerStatus(statusTo) && statusTo !== 'afgesloten') {
    if (statusTo !== 'expert-gekoppeld') {
      return {
        ok: false,
        field: 'advice.state',
        message: 'Een advies wordt vrijgegeven als er een expert gekoppeld is. Beantwoordt u de vraag zelf? Kies dan de status "Beantwoord door coördinator".',
      }
    }
    statusTo = 'advies-gegeven'
  }
  return { ok: true, state: to, status: statusTo }
}
