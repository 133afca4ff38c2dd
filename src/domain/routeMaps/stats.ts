/**
 * Anonymous usage of a routekaart: how often each step was shown, and for each question how
 * many went on to a next step. Counted per day, step and the step before it (no people, no
 * cookies, no paths: only counters), so "where do people stop?" follows from the numbers:
 * the views of a question minus the views that came from it.
 */

export interface StepViewCount {
  stepKey: string
  /** The question answered just before (empty at the start step). */
  fromStepKey?: string | null
  views: number
}

export interface StepStatsRow {
  key: string
  title: string
  kind: 'vraag' | 'uitkomst'
  views: number
  /** Views that went on to a next step (questions only). */
  continued: number
  /** Views after which nobody went on (questions only; 0 for outcomes, which end the route). */
  stopped: number
  /** Share that stopped, 0–100, rounded; undefined without views or for outcomes. */
  stopPercentage?: number
}

/** One row per step of the map, in the map's order, with the counts summed over all rows given. */
export function summariseRouteMapStats(
  steps: readonly { key: string; title: string; kind: 'vraag' | 'uitkomst' }[],
  counts: readonly StepViewCount[],
): StepStatsRow[] {
  const views = new Map<string, number>()
  const continued = new Map<string, number>()
  for (const count of counts) {
    views.set(count.stepKey, (views.get(count.stepKey) ?? 0) + count.views)
    if (count.fromStepKey) continued.set(count.fromStepKey, (continued.get(count.fromStepKey) ?? 0) + count.views)
  }
  return steps.map((step) => {
    const stepViews = views.get(step.key) ?? 0
    if (step.kind === 'uitkomst') return { key: step.key, title: step.title, kind: step.kind, views: stepViews, continued: 0, stopped: 0 }
    const goOn = Math.min(continued.get(step.key) ?? 0, stepViews)
    const stopped = stepViews - goOn
    return {
      key: step.key,
      title: step.title,
      kind: step.kind,
      views: stepViews,
      continued: goOn,
      stopped,
      stopPercentage: stepViews > 0 ? Math.round((stopped / stepViews) * 100) : undefined,
    }
  })
}

/** The calendar day of a moment in Amsterdam (YYYY-MM-DD), the unit the counters are kept in. */
export function amsterdamDay(moment: Date): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam', year: 'numeric', month: '2-digit', day: '2-digit' }).format(moment)
}
