/**
 * The whole routekaart as a readable outline for the admin: the start step, under each
 * question its answers, and under each answer the step it leads to, indented. A step reached
 * by more than one answer is written out the first time and referred to after that, so the
 * outline stays as long as the map, not as long as all its paths.
 */
import type { ValidatedStep } from './validateRouteMap'

export interface OutlineNode {
  key: string
  title: string
  kind: string
  /** True when this step was already written out higher up: only a reference here. */
  seeAbove: boolean
  /** True when the key points to no step. */
  missing: boolean
  answers: { label: string; next: OutlineNode }[]
}

export interface RouteMapOutline {
  root?: OutlineNode
  /** Steps that no answer reaches from the start. */
  unreachable: { key: string; title: string }[]
}

export function buildRouteMapOutline(steps: readonly ValidatedStep[], startStepKey?: string | null): RouteMapOutline {
  const byKey = new Map<string, ValidatedStep>()
  for (const step of steps) if (step.key && !byKey.has(step.key)) byKey.set(step.key, step)
  const written = new Set<string>()

  const node = (key: string, busy: Set<string>): OutlineNode => {
    const step = byKey.get(key)
    if (!step) return { key, title: '', kind: '', seeAbove: false, missing: true, answers: [] }
    const base = { key, title: step.title ?? '', kind: step.kind ?? '', missing: false }
    if (written.has(key) || busy.has(key)) return { ...base, seeAbove: true, answers: [] }
    written.add(key)
    busy.add(key)
    const answers =
      step.kind === 'uitkomst'
        ? []
        : (step.answers ?? []).map((answer) => ({ label: answer.label ?? '', next: node(answer.nextStepKey ?? '', busy) }))
    busy.delete(key)
    return { ...base, seeAbove: false, answers }
  }

  const root = startStepKey ? node(startStepKey, new Set()) : undefined
  const unreachable = [...byKey.values()]
    .filter((step) => step.key && !written.has(step.key))
    .map((step) => ({ key: step.key as string, title: step.title ?? '' }))
  return { root, unreachable }
}
