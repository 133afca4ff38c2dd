/**
 * The answers given so far, as a compact part of a URL: the number of each chosen answer
 * (1 for the first answer of a question), in order, joined by dots: `?pad=2.1.3` means "the
 * second answer at the start, then the first, then the third". Short enough to read aloud
 * or paste in an email, and stable while the coordinator edits texts; reordering the answers
 * of a question changes what an old link means, which the site notices only when a number no
 * longer exists (then it walks back to the last valid step).
 */

export interface RouteAnswer {
  label: string
  nextStepKey: string
}

export interface RouteStep {
  key: string
  kind: 'vraag' | 'uitkomst'
  title: string
  answers?: readonly RouteAnswer[] | null
}

export interface RouteMapShape<S extends RouteStep = RouteStep> {
  startStepKey: string
  steps: readonly S[]
}

/** Upper bound on the answers in one path (no real routekaart comes near; guards the parser). */
export const MAX_PATH_LENGTH = 50

const PATH_PATTERN = /^[1-9][0-9]{0,2}(?:\.[1-9][0-9]{0,2})*$/

/** The answer numbers (1-based) as the path parameter; the empty string for the start. */
export function encodeRoutePath(answerNumbers: readonly number[]): string {
  return answerNumbers.join('.')
}

/**
 * The answer numbers in a path parameter, or undefined when it is not a well-formed path
 * (letters, zeros, empty parts, too long). A missing or empty parameter is the start: [].
 */
export function decodeRoutePath(value: string | null | undefined): number[] | undefined {
  if (value === null || value === undefined || value === '') return []
  if (value.length > MAX_PATH_LENGTH * 4 || !PATH_PATTERN.test(value)) return undefined
  const numbers = value.split('.').map(Number)
  return numbers.length > MAX_PATH_LENGTH ? undefined : numbers
}

export interface TrailItem<S extends RouteStep = RouteStep> {
  /** The question that was answered. */
  step: S
  /** The answer given (1-based number and the answer itself). */
  answerNumber: number
  answer: RouteAnswer
}

export interface RouteWalk<S extends RouteStep = RouteStep> {
  /** The questions answered, in order. */
  trail: TrailItem<S>[]
  /** Where the walk stands now: the next question, or the outcome. */
  current: S
  /** The path to `current` (canonical form). */
  path: string
  /** False when the requested path went further than the map allows: `path` is its valid start. */
  valid: boolean
}

/**
 * Follows the answers through the map from the start step. Stops at the first number that is
 * not an answer of the current step (or any answer after an outcome, or a step visited twice),
 * and says so with `valid: false`; the caller then redirects to the valid part.
 * Undefined when the map itself has no usable start step.
 */
export function walkRouteMap<S extends RouteStep>(map: RouteMapShape<S>, answerNumbers: readonly number[]): RouteWalk<S> | undefined {
  const byKey = new Map<string, S>(map.steps.map((step) => [step.key, step]))
  const start = byKey.get(map.startStepKey)
  if (!start) return undefined
  let current: S = start
  const trail: TrailItem<S>[] = []
  const visited = new Set<string>([current.key])
  for (const number of answerNumbers) {
    const answers: readonly RouteAnswer[] = current.kind === 'vraag' ? (current.answers ?? []) : []
    const answer: RouteAnswer | undefined = answers[number - 1]
    const next: S | undefined = answer ? byKey.get(answer.nextStepKey) : undefined
    if (!answer || !next || visited.has(next.key)) {
      return { trail, current, path: pathOf(trail), valid: false }
    }
    trail.push({ step: current, answerNumber: number, answer })
    visited.add(next.key)
    current = next
  }
  return { trail, current, path: pathOf(trail), valid: true }
}

function pathOf(trail: readonly TrailItem[]): string {
  return encodeRoutePath(trail.map((item) => item.answerNumber))
}

/** The path after choosing answer `answerNumber` on top of `path`. */
export function extendRoutePath(path: string, answerNumber: number): string {
  return path ? `${path}.${answerNumber}` : String(answerNumber)
}

/** The path one answer back (the previous question), or undefined at the start. */
export function parentRoutePath(path: string): string | undefined {
  if (!path) return undefined
  const cut = path.lastIndexOf('.')
  return cut === -1 ? '' : path.slice(0, cut)
}

/**
 * The most questions still to come from a step (0 at an outcome), for the progress
 * indication: "question 3, at most 2 more". Cycles (invalid maps) are cut off.
 */
export function maxQuestionsAhead<S extends RouteStep>(map: RouteMapShape<S>, stepKey: string): number {
  const byKey = new Map(map.steps.map((step) => [step.key, step]))
  const memo = new Map<string, number>()
  const depth = (key: string, busy: Set<string>): number => {
    const known = memo.get(key)
    if (known !== undefined) return known
    const step = byKey.get(key)
    if (!step || step.kind !== 'vraag' || busy.has(key)) return 0
    busy.add(key)
    let deepest = 0
    for (const answer of step.answers ?? []) deepest = Math.max(deepest, depth(answer.nextStepKey, busy))
    busy.delete(key)
    memo.set(key, deepest + 1)
    return deepest + 1
  }
  return depth(stepKey, new Set())
}
