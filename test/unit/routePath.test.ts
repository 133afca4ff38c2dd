import { describe, expect, it } from 'vitest'
import {
  decodeRoutePath,
  encodeRoutePath,
  extendRoutePath,
  maxQuestionsAhead,
  parentRoutePath,
  walkRouteMap,
  type RouteMapShape,
} from '../../src/domain/routeMaps/routePath'

const map: RouteMapShape = {
  startStepKey: 'start',
  steps: [
    {
      key: 'start',
      kind: 'vraag',
      title: 'Is er een LVB?',
      answers: [
        { label: 'Ja', nextStepKey: 'vraag' },
        { label: 'Vermoeden', nextStepKey: 'vraag' },
        { label: 'Nee', nextStepKey: 'geen' },
      ],
    },
    {
      key: 'vraag',
      kind: 'vraag',
      title: 'Hoofdvraag?',
      answers: [
        { label: 'Wonen', nextStepKey: 'wonen' },
        { label: 'Crisis', nextStepKey: 'crisis' },
      ],
    },
    { key: 'wonen', kind: 'vraag', title: 'Leeftijd?', answers: [{ label: '<18', nextStepKey: 'jong' }, { label: '18+', nextStepKey: 'oud' }] },
    { key: 'geen', kind: 'uitkomst', title: 'Niet voor u' },
    { key: 'crisis', kind: 'uitkomst', title: 'Crisis' },
    { key: 'jong', kind: 'uitkomst', title: 'Jong' },
    { key: 'oud', kind: 'uitkomst', title: 'Oud' },
  ],
}

describe('decodeRoutePath / encodeRoutePath', () => {
  it('round-trips answer numbers', () => {
    expect(encodeRoutePath([2, 1, 3])).toBe('2.1.3')
    expect(decodeRoutePath('2.1.3')).toEqual([2, 1, 3])
    expect(decodeRoutePath(encodeRoutePath([12, 1]))).toEqual([12, 1])
  })

  it('reads a missing or empty path as the start', () => {
    expect(decodeRoutePath(null)).toEqual([])
    expect(decodeRoutePath(undefined)).toEqual([])
    expect(decodeRoutePath('')).toEqual([])
    expect(encodeRoutePath([])).toBe('')
  })

  it('rejects malformed paths', () => {
    for (const bad of ['0', '1..2', '.1', '1.', 'a1', '1.b', '-1', '1.0', '01', '1,2', '1 2', '1234', '1.2.x']) {
      expect(decodeRoutePath(bad), bad).toBeUndefined()
    }
    expect(decodeRoutePath(Array.from({ length: 51 }, () => '1').join('.'))).toBeUndefined()
  })

  it('extends and shortens a path', () => {
    expect(extendRoutePath('', 2)).toBe('2')
    expect(extendRoutePath('2.1', 3)).toBe('2.1.3')
    expect(parentRoutePath('2.1.3')).toBe('2.1')
    expect(parentRoutePath('2')).toBe('')
    expect(parentRoutePath('')).toBeUndefined()
  })
})

describe('walkRouteMap', () => {
  it('starts at the start step', () => {
    const walk = walkRouteMap(map, [])
    expect(walk).toMatchObject({ valid: true, path: '', trail: [] })
    expect(walk?.current.key).toBe('start')
  })

  it('follows the answers to an outcome, keeping the answers given', () => {
    const walk = walkRouteMap(map, [2, 1, 2])!
    expect(walk.valid).toBe(true)
    expect(walk.current.key).toBe('oud')
    expect(walk.path).toBe('2.1.2')
    expect(walk.trail.map((item) => [item.step.key, item.answer.label])).toEqual([
      ['start', 'Vermoeden'],
      ['vraag', 'Wonen'],
      ['wonen', '18+'],
    ])
  })

  it('stops at an answer number the question does not have, giving the valid beginning', () => {
    const walk = walkRouteMap(map, [1, 5, 1])!
    expect(walk.valid).toBe(false)
    expect(walk.path).toBe('1')
    expect(walk.current.key).toBe('vraag')
  })

  it('refuses answers after an outcome', () => {
    const walk = walkRouteMap(map, [3, 1])!
    expect(walk).toMatchObject({ valid: false, path: '3' })
    expect(walk.current.key).toBe('geen')
  })

  it('never visits a step twice, even in a map with a cycle', () => {
    const cyclic: RouteMapShape = {
      startStepKey: 'a',
      steps: [
        { key: 'a', kind: 'vraag', title: 'A', answers: [{ label: 'naar b', nextStepKey: 'b' }, { label: 'x', nextStepKey: 'x' }] },
        { key: 'b', kind: 'vraag', title: 'B', answers: [{ label: 'terug', nextStepKey: 'a' }, { label: 'x', nextStepKey: 'x' }] },
        { key: 'x', kind: 'uitkomst', title: 'X' },
      ],
    }
    expect(walkRouteMap(cyclic, [1, 1])).toMatchObject({ valid: false, path: '1' })
  })

  it('is undefined when the map has no such start step', () => {
    expect(walkRouteMap({ ...map, startStepKey: 'nergens' }, [])).toBeUndefined()
  })
})

describe('maxQuestionsAhead', () => {
  it('counts the longest run of questions from a step', () => {
    expect(maxQuestionsAhead(map, 'start')).toBe(3)
    expect(maxQuestionsAhead(map, 'vraag')).toBe(2)
    expect(maxQuestionsAhead(map, 'wonen')).toBe(1)
    expect(maxQuestionsAhead(map, 'oud')).toBe(0)
  })
})
