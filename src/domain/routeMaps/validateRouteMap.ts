/**
 * The full check of a routekaart before it is published: the structure (keys, references) and
 * the routes through it. Every message is Dutch and names the step, so a coordinator knows
 * where to look.
 *
 * Rules:
 * - every step key is well-formed and unique, and the start step exists;
 * - a question has at least two answers (one answer is no choice), each with its own text;
 * - every answer leads to an existing step;
 * - no cycles: following answers never brings you back to a step you passed;
 * - every step can be reached from the start step;
 * - every path ends in an outcome (which follows from the rules above; a question without
 *   answers is the one way a route can dead-end, and is reported as such).
 */
import { normaliseDraftSteps, normaliseStartKey, type DraftStep } from './draft'
import { duplicateStepKeys, isValidStepKey, type StepLike } from './stepKeys'

export interface ValidatedStep extends StepLike {
  title?: string | null
  answers?: readonly { label?: string | null; nextStepKey?: string | null }[] | null
}

export interface RouteMapIssue {
  /** The step the issue is about; undefined for issues about the map as a whole. */
  stepKey?: string
  message: string
}

/** How a step is named in messages: its key and, when there is one, its title. */
export function describeStep(step: ValidatedStep): string {
  const title = step.title?.trim()
  return title ? `stap "${step.key ?? ''}" ("${title}")` : `stap "${step.key ?? ''}"`
}

/** The answers that count: those of questions (an outcome keeps no answers, even stale ones). */
function answersOf(step: DraftStep) {
  return step.kind === 'uitkomst' ? [] : step.answers
}

/**
 * Every problem in the map, in the order of the steps; an empty list means it may be published.
 * Takes whatever the form or the database holds (a draft may be half-made: see draft.ts).
 */
export function validateRouteMap(draftSteps: unknown, draftStartStepKey?: unknown): RouteMapIssue[] {
  const steps = normaliseDraftSteps(draftSteps)
  const startStepKey = normaliseStartKey(draftStartStepKey)
  const issues: RouteMapIssue[] = []
  const add = (message: string, stepKey?: string | null) => issues.push({ stepKey: stepKey || undefined, message })

  if (steps.length === 0) add('De routekaart heeft nog geen stappen.')

  for (const [index, step] of steps.entries()) {
    if (!isValidStepKey(step.key)) {
      add(
        `Stap ${index + 1} heeft een ongeldige stapsleutel "${step.key ?? ''}": gebruik kleine letters, cijfers en streepjes.`,
        step.key,
      )
    }
  }
  for (const key of duplicateStepKeys(steps)) {
    add(`De stapsleutel "${key}" komt meer dan eens voor: stapsleutels moeten uniek zijn.`, key)
  }

  const byKey = new Map<string, DraftStep>()
  for (const step of steps) if (step.key && !byKey.has(step.key)) byKey.set(step.key, step)

  if (!startStepKey) add('Kies de eerste stap van de routekaart.')
  else if (!byKey.has(startStepKey)) add(`De eerste stap "${startStepKey}" bestaat niet.`)

  for (const step of steps) {
    if (step.kind === 'uitkomst') continue
    const answers = answersOf(step)
    if (answers.length === 0) {
      add(`De vraag bij ${describeStep(step)} heeft geen antwoorden: hier loopt de route dood. Geef minstens twee antwoorden of maak er een uitkomst van.`, step.key)
    } else if (answers.length === 1) {
      add(`De vraag bij ${describeStep(step)} heeft maar één antwoord: geef minstens twee antwoorden of maak er een uitkomst van.`, step.key)
    }
    const labels = new Set<string>()
    for (const [index, answer] of answers.entries()) {
      const label = answer.label?.trim() ?? ''
      const name = label ? `"${label}"` : `${index + 1}`
      if (!label) add(`Antwoord ${index + 1} bij ${describeStep(step)} heeft geen tekst.`, step.key)
      else if (labels.has(label.toLowerCase())) add(`Bij ${describeStep(step)} staat het antwoord "${label}" twee keer.`, step.key)
      labels.add(label.toLowerCase())
      if (!answer.nextStepKey) add(`Antwoord ${name} bij ${describeStep(step)} leidt nog nergens heen: kies de volgende stap.`, step.key)
      else if (!byKey.has(answer.nextStepKey)) {
        add(`Antwoord ${name} bij ${describeStep(step)} leidt naar stap "${answer.nextStepKey}", maar die stap bestaat niet.`, step.key)
      }
    }
  }

  for (const cycle of findCycles(byKey)) {
    add(`Kringloop: ${cycle.map((key) => `"${key}"`).join(' → ')}. Een antwoord mag niet terugleiden naar een eerdere stap.`, cycle[0])
  }

  if (startStepKey && byKey.has(startStepKey)) {
    const reachable = reachableFrom(byKey, startStepKey)
    for (const step of steps) {
      if (step.key && byKey.get(step.key) === step && !reachable.has(step.key)) {
        add(`${capitalise(describeStep(step))} is vanaf de eerste stap met geen enkel antwoord te bereiken.`, step.key)
      }
    }
  }
  return issues
}

/**
 * Each cycle once, as the keys along it with the first repeated at the end (a → b → a). A depth-
 * first walk with its own stack, so a long chain of steps cannot overflow the call stack.
 */
function findCycles(byKey: ReadonlyMap<string, DraftStep>): string[][] {
  const state = new Map<string, 'busy' | 'done'>()
  const cycles: string[][] = []
  const targetsOf = (key: string) => {
    const step = byKey.get(key)
    return [...new Set(step ? answersOf(step).map((answer) => answer.nextStepKey) : [])].filter((target) => target && byKey.has(target))
  }
  for (const root of byKey.keys()) {
    if (state.has(root)) continue
    const trail: string[] = [root]
    const pending: string[][] = [targetsOf(root)]
    state.set(root, 'busy')
    while (trail.length > 0) {
      const targets = pending[pending.length - 1]
      const target = targets.shift()
      if (target === undefined) {
        state.set(trail.pop() as string, 'done')
        pending.pop()
        continue
      }
      if (state.get(target) === 'busy') cycles.push([...trail.slice(trail.indexOf(target)), target])
      else if (!state.has(target)) {
        state.set(target, 'busy')
        trail.push(target)
        pending.push(targetsOf(target))
      }
    }
  }
  return cycles
}

function reachableFrom(byKey: ReadonlyMap<string, DraftStep>, start: string): Set<string> {
  const seen = new Set<string>([start])
  const queue = [start]
  for (let index = 0; index < queue.length; index++) {
    const step = byKey.get(queue[index])
    for (const answer of step ? answersOf(step) : []) {
      const target = answer.nextStepKey
      if (target && byKey.has(target) && !seen.has(target)) {
        seen.add(target)
        queue.push(target)
      }
    }
  }
  return seen
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1)
}

/**
 * The issues as one Dutch message (for a field error in the admin): the first few in full,
 * then how many more there are. Undefined when there are none.
 */
export function routeMapIssuesMessage(issues: readonly RouteMapIssue[], shown = 5): string | undefined {
  if (issues.length === 0) return undefined
  const head = issues.slice(0, shown).map((issue) => issue.message)
  const rest = issues.length - head.length
  return rest > 0 ? `${head.join(' ')} En nog ${rest} ${rest === 1 ? 'probleem' : 'problemen'}.` : head.join(' ')
}
