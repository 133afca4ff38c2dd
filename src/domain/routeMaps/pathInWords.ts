/**
 * A routekaart path ("1.2.1") as the person who walked it would tell it: the questions and the
 * answers they chose. The case-question form shows it, so the professional sees what goes
 * along with their question, and the outcome's summary and print-out say the same.
 */
import { decodeRoutePath, walkRouteMap, type RouteMapShape, type RouteStep } from './routePath'

export interface RouteInWords {
  question: string
  answer: string
}

/**
 * The questions and chosen answers of `path` on `map`, as far as the path is valid for the
 * map (a map changed since the link was made still gives what it can); undefined when the path
 * is not a path at all or the map has no start.
 */
export function routePathInWords(map: RouteMapShape, path: string | null | undefined): RouteInWords[] | undefined {
  const answers = decodeRoutePath(path)
  if (!answers || answers.length === 0) return undefined
  const walk = walkRouteMap<RouteStep>(map, answers)
  if (!walk) return undefined
  return walk.trail.map((item) => ({ question: item.step.title, answer: item.answer.label }))
}

/** The same as lines of text ("Vraag? Antwoord"), for a print-out or an e-mail. */
export function routeWordsText(words: readonly RouteInWords[]): string {
  return words.map((item, index) => `${index + 1}. ${item.question} ${item.answer}`).join('\n')
}
