import { describe, it, expect } from 'vitest'
import {
  duplicateStepKeys,
  isValidStepKey,
  routeMapStepsError,
  unknownStepReferences,
} from '../../src/domain/routeMaps/stepKeys'

const steps = [
  { key: 'start', kind: 'vraag', answers: [{ nextStepKey: 'wonen' }, { nextStepKey: 'school' }] },
  { key: 'wonen', kind: 'uitkomst' },
  { key: 'school', kind: 'uitkomst' },
]

describe('step keys', () => {
  it('accepts lowercase slugs only', () => {
    expect(isValidStepKey('vraag-1')).toBe(true)
    expect(isValidStepKey('Vraag 1')).toBe(false)
    expect(isValidStepKey('-x')).toBe(false)
    expect(isValidStepKey('')).toBe(false)
  })
  it('finds duplicates once each', () => {
    expect(duplicateStepKeys([{ key: 'a' }, { key: 'b' }, { key: 'a' }, { key: 'a' }])).toEqual(['a'])
    expect(duplicateStepKeys(steps)).toEqual([])
  })
  it('finds references to missing steps', () => {
    expect(unknownStepReferences(steps, 'start')).toEqual([])
    expect(unknownStepReferences(steps, 'begin')).toEqual(['begin'])
    expect(unknownStepReferences([...steps, { key: 'x', answers: [{ nextStepKey: 'y' }] }], 'start')).toEqual(['y'])
  })
})

describe('routeMapStepsError', () => {
  it('is undefined for a sound map', () => {
    expect(routeMapStepsError(steps, 'start')).toBeUndefined()
  })
  it('explains the first problem in Dutch', () => {
    expect(routeMapStepsError([{ key: 'A B' }])).toMatch(/Ongeldige stapsleutel/)
    expect(routeMapStepsError([{ key: 'a' }, { key: 'a' }])).toMatch(/uniek/)
    expect(routeMapStepsError(steps, 'nergens')).toMatch(/onbekende stap: nergens/)
  })
})
