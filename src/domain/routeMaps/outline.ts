/**
 * The whole routekaart as a readable outline for the admin: the start step, under each
 * question its answers, and under each answer the step it leads to, indented. A step reached
 * by more than one answer is written out the first time and referred to after that, so the
 * outline stays as long as the map, not as long as all its paths.
 *
 * It takes any draft, however unfinished (see draft.ts): missing arrays, empty or duplicate
 * keys, answers leading nowhere, cycles, hundreds of steps. Nothing here may throw, because the
 * admin shows this while the coordinator is still typing.
 */
import { normaliseDraftSteps, normaliseStartKey, type DraftStep } from './draft'

/** Deeper than this, a route continues in a branch of its own below (no endless indent). */
export const MAX_OUTLINE_DEPTH = 25

export interface OutlineNode {
  key: string
  title: string
  kind: string
  /** True when this step was already written out higher up: only a reference here. */
  seeAbove: boolean
  /** True when the step is written out further down, as a branch of its own (too deep here). */
  continuedBelow: boolean
  /** True when the key points to no step. */
  missing: boolean
  answers: { label: string; next: OutlineNode }[]
}

export interface RouteMapOutline {
  root?: OutlineNode
  /** Routes too deep to indent further, each written out from the step where it was cut. */
  continuations: OutlineNode[]
  /** Steps that no answer reaches from the start (and steps without a key, which none can). */
  unreachable: { key: string; title: string }[]
  /** Steps whose key an earlier step already has: the outline follows the first one only. */
  duplicates: { position: number; key: string; title: string }[]
}

export function buildRouteMapOutline(draftSteps: unknown, draftStartStepKey?: unknown): RouteMapOutline {
  const steps = normaliseDraftSteps(draftSteps)
  const startStepKey = normaliseStartKey(draftStartStepKey)
  const byKey = new Map<string, DraftStep>()
  const duplicates: RouteMapOutline['duplicates'] = []
  steps.forEach((step, index) => {
    if (!step.key) return
    if (byKey.has(step.key)) duplicates.push({ position: index + 1, key: step.key, title: step.title })
    else byKey.set(step.key, step)
  })

  const written = new Set<string>()
  const deferred: string[] = []

  // Iterative, with an explicit stack, so a long chain of steps cannot overflow the call stack.
  const branch = (rootKey: string): OutlineNode => {
    const make = (key: string, depth: number): { node: OutlineNode; expand?: DraftStep } => {
      const step = byKey.get(key)
      const base = { key, title: step?.title ?? '', kind: step?.kind ?? '', seeAbove: false, continuedBelow: false, missing: !step, answers: [] }
      if (!step) return { node: base }
      if (written.has(key)) return { node: { ...base, seeAbove: true } }
      if (depth > MAX_OUTLINE_DEPTH) {
        if (!deferred.includes(key)) deferred.push(key)
        return { node: { ...base, continuedBelow: true } }
      }
      written.add(key)
      return { node: base, expand: step.kind === 'uitkomst' ? undefined : step }
    }
    const first = make(rootKey, 0)
    const stack: { node: OutlineNode; step: DraftStep; depth: number; next: number }[] = []
    if (first.expand) stack.push({ node: first.node, step: first.expand, depth: 0, next: 0 })
    while (stack.length > 0) {
      const top = stack[stack.length - 1]
      if (top.next >= top.step.answers.length) {
        stack.pop()
        continue
      }
      const answer = top.step.answers[top.next++]
      const child = make(answer.nextStepKey, top.depth + 1)
      top.node.answers.push({ label: answer.label, next: child.node })
      if (child.expand) stack.push({ node: child.node, step: child.expand, depth: top.depth + 1, next: 0 })
    }
    return first.node
  }

  const root = startStepKey ? branch(startStepKey) : undefined
  const continuations: OutlineNode[] = []
  for (let index = 0; index < deferred.length; index++) {
    if (!written.has(deferred[index])) continuations.push(branch(deferred[index]))
  }
  const unreachable = steps
    .filter((step) => !step.key || (byKey.get(step.key) === step && !written.has(step.key)))
    .map((step) => ({ key: step.key, title: step.title }))
  return { root, continuations, unreachable, duplicates }
}
