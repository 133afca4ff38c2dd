import { describe, expect, it } from 'vitest'
import { routePathInWords, routeWordsText } from '../../src/domain/routeMaps/pathInWords'
import type { RouteMapShape } from '../../src/domain/routeMaps/routePath'

const map: RouteMapShape = {
  startStepKey: 'start',
  steps: [
    {
      key: 'start',
      kind: 'vraag',
      title: 'Om wie gaat het?',
      answers: [
        { label: 'Een kind tot 12 jaar', nextStepKey: 'kind' },
        { label: 'Een jongere van 12 tot 23 jaar', nextStepKey: 'jongere' },
      ],
    },
    {
      key: 'jongere',
      kind: 'vraag',
      title: 'Wat speelt er vooral?',
      answers: [
        { label: 'Gedrag', nextStepKey: 'gedrag' },
        { label: 'Wonen', nextStepKey: 'wonen' },
      ],
    },
    { key: 'kind', kind: 'uitkomst', title: 'Opvoedondersteuning' },
    { key: 'gedrag', kind: 'uitkomst', title: 'Gedragsbehandeling' },
    { key: 'wonen', kind: 'uitkomst', title: 'Begeleid wonen' },
  ],
}

describe('a routekaart path in words', () => {
  it('names each question and the answer chosen, not the numbers', () => {
    expect(routePathInWords(map, '2.1')).toEqual([
      { question: 'Om wie gaat het?', answer: 'Een jongere van 12 tot 23 jaar' },
      { question: 'Wat speelt er vooral?', answer: 'Gedrag' },
    ])
    expect(routeWordsText(routePathInWords(map, '2.1') ?? [])).toBe(
      '1. Om wie gaat het? Een jongere van 12 tot 23 jaar\n2. Wat speelt er vooral? Gedrag',
    )
  })

  it('gives what is still valid of a path the map no longer has in full', () => {
    expect(routePathInWords(map, '2.9')).toEqual([{ question: 'Om wie gaat het?', answer: 'Een jongere van 12 tot 23 jaar' }])
    expect(routePathInWords(map, '1.1')).toEqual([{ question: 'Om wie gaat het?', answer: 'Een kind tot 12 jaar' }])
  })

  it('gives nothing for no path, a malformed path or a map without a start', () => {
    expect(routePathInWords(map, '')).toBeUndefined()
    expect(routePathInWords(map, null)).toBeUndefined()
    expect(routePathInWords(map, '1.a')).toBeUndefined()
    expect(routePathInWords(map, '<script>')).toBeUndefined()
    expect(routePathInWords({ ...map, startStepKey: 'weg' }, '1')).toBeUndefined()
    expect(routePathInWords(map, '9')).toEqual([])
  })
})
