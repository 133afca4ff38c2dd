/**
 * What one step of the routekaart shows, as plain data: rendered by the island on the server
 * (so it works without JavaScript) and sent as JSON when the island moves to the next step.
 * Only what the step shows: no other steps, no internal fields.
 */

export interface RouteAnswerView {
  number: number
  label: string
  href: string
}

export interface RouteTrailView {
  question: string
  answer: string
  /** The URL of that question, to choose another answer there. */
  href: string
}

export interface RouteOfferingView {
  title: string
  href: string
  organisation?: { name: string; href: string }
  summary?: string
  kinds: string[]
  ages?: string
  waiting?: string
  isExample: boolean
}

export interface RouteOutcomeView {
  links: { label: string; href: string; external: boolean }[]
  /** Undefined when the outcome lists no offerings (no filter chosen). */
  offerings?: RouteOfferingView[]
  offeringsTotal: number
  allOfferingsHref?: string
  askNetworkHref?: string
}

export interface RouteStepView {
  network: string
  networkLabel: string
  mapTitle: string
  introduction?: string
  /** The page of this routekaart, e.g. /routekaart/jeugd. */
  basePath: string
  /** The answers so far, encoded (empty at the start). */
  path: string
  url: string
  /** The same address in full (https://…/routekaart/jeugd?pad=1.2), for the print-out and the summary. */
  shareUrl: string
  step: { key: string; kind: 'vraag' | 'uitkomst'; title: string; explanationHtml?: string }
  answers: RouteAnswerView[]
  /** Question number (1 at the start) and the most questions there can still be after this one. */
  progress: { questionNumber: number; maxAhead: number }
  trail: RouteTrailView[]
  backHref?: string
  restartHref: string
  outcome?: RouteOutcomeView
}

/** The URL of a step of a routekaart. */
export function stepUrl(basePath: string, path: string): string {
  return path ? `${basePath}?pad=${path}` : basePath
}

/** The answers given and the outcome as plain text (the "copy summary" button). */
export function summaryText(view: RouteStepView): string {
  const lines = [`Routekaart ${view.networkLabel}: samenvatting`, '']
  view.trail.forEach((item, index) => lines.push(`${index + 1}. ${item.question}`, `   Antwoord: ${item.answer}`))
  if (view.outcome) lines.push('', `Uitkomst: ${view.step.title}`)
  lines.push('', `Deze route: ${view.shareUrl}`)
  return lines.join('\n')
}
