import { describe, expect, it } from 'vitest'
import { routeMapIssuesMessage, validateRouteMap, type ValidatedStep } from '../../src/domain/routeMaps/validateRouteMap'

/** A small sound map: start → (wonen | school → (jong | oud)). */
const sound = (): ValidatedStep[] => [
  {
    key: 'start',
    kind: 'vraag',
    title: 'Waar gaat het over?',
    answers: [
      { label: 'Wonen', nextStepKey: 'wonen' },
      { label: 'School', nextStepKey: 'leeftijd' },
    ],
  },
  {
    key: 'leeftijd',
    kind: 'vraag',
    title: 'Hoe oud?',
    answers: [
      { label: 'Jonger dan 12', nextStepKey: 'jong' },
      { label: '12 of ouder', nextStepKey: 'oud' },
    ],
  },
  { key: 'wonen', kind: 'uitkomst', title: 'Wonen' },
  { key: 'jong', kind: 'uitkomst', title: 'Basisschool' },
  { key: 'oud', kind: 'uitkomst', title: 'Voortgezet onderwijs' },
]

const messages = (steps: ValidatedStep[], start: string | null = 'start') => validateRouteMap(steps, start).map((issue) => issue.message)

describe('validateRouteMap', () => {
  it('accepts a sound map, and a map that is a single outcome', () => {
    expect(validateRouteMap(sound(), 'start')).toEqual([])
    expect(validateRouteMap([{ key: 'start', kind: 'uitkomst', title: 'Vraag het netwerk' }], 'start')).toEqual([])
  })

  it('accepts two answers that lead to the same step (a shared step is no cycle)', () => {
    const steps = sound()
    steps[0].answers = [
      { label: 'Wonen', nextStepKey: 'leeftijd' },
      { label: 'School', nextStepKey: 'leeftijd' },
    ]
    steps.splice(2, 1)
    expect(validateRouteMap(steps, 'start')).toEqual([])
  })

  it('names the step and the answer that leads to a missing step', () => {
    const steps = sound()
    steps[1].answers![1].nextStepKey = 'bestaat-niet'
    const issues = validateRouteMap(steps, 'start')
    expect(issues).toContainEqual({
      stepKey: 'leeftijd',
      message: 'Antwoord "12 of ouder" bij stap "leeftijd" ("Hoe oud?") leidt naar stap "bestaat-niet", maar die stap bestaat niet.',
    })
    // The outcome that no answer reaches any more is reported too.
    expect(issues.map((issue) => issue.stepKey)).toContain('oud')
  })

  it('reports an answer without a next step', () => {
    const steps = sound()
    steps[0].answers![0].nextStepKey = ''
    expect(messages(steps).join('\n')).toMatch(/Antwoord "Wonen" bij stap "start" .* leidt nog nergens heen/)
  })

  it('refuses a question without answers, naming it as a dead end', () => {
    const steps = sound()
    steps[1].answers = []
    const found = messages(steps)
    expect(found.some((message) => /stap "leeftijd" \("Hoe oud\?"\) heeft geen antwoorden: hier loopt de route dood/.test(message))).toBe(true)
  })

  it('refuses a question with only one answer', () => {
    const steps = sound()
    steps[1].answers = [{ label: 'Jonger dan 12', nextStepKey: 'jong' }]
    expect(messages(steps).join('\n')).toMatch(/stap "leeftijd" .* heeft maar één antwoord/)
  })

  it('refuses answers without text or with the same text twice', () => {
    const steps = sound()
    steps[1].answers = [
      { label: 'Jonger dan 12', nextStepKey: 'jong' },
      { label: 'jonger dan 12', nextStepKey: 'oud' },
      { label: '  ', nextStepKey: 'oud' },
    ]
    const text = messages(steps).join('\n')
    expect(text).toMatch(/het antwoord "jonger dan 12" twee keer/)
    expect(text).toMatch(/Antwoord 3 bij stap "leeftijd" .* heeft geen tekst/)
  })

  it('finds a cycle and names the steps along it', () => {
    const steps = sound()
    steps[1].answers![1].nextStepKey = 'start'
    const issue = validateRouteMap(steps, 'start').find((found) => found.message.startsWith('Kringloop'))
    expect(issue?.message).toBe('Kringloop: "start" → "leeftijd" → "start". Een antwoord mag niet terugleiden naar een eerdere stap.')
  })

  it('finds an answer that leads to its own question', () => {
    const steps = sound()
    steps[1].answers![0].nextStepKey = 'leeftijd'
    expect(messages(steps).join('\n')).toMatch(/Kringloop: "leeftijd" → "leeftijd"/)
  })

  it('reports steps that cannot be reached from the start', () => {
    const steps = [...sound(), { key: 'vergeten', kind: 'uitkomst', title: 'Vergeten uitkomst' }]
    expect(validateRouteMap(steps, 'start')).toEqual([
      { stepKey: 'vergeten', message: 'Stap "vergeten" ("Vergeten uitkomst") is vanaf de eerste stap met geen enkel antwoord te bereiken.' },
    ])
  })

  it('reports a missing or unknown start step', () => {
    expect(messages(sound(), null)).toContain('Kies de eerste stap van de routekaart.')
    expect(messages(sound(), 'begin')).toContain('De eerste stap "begin" bestaat niet.')
  })

  it('reports bad and duplicate keys', () => {
    const steps = sound()
    steps.push({ key: 'Wonen Thuis', kind: 'uitkomst', title: 'x' }, { key: 'wonen', kind: 'uitkomst', title: 'Dubbel' })
    const text = messages(steps).join('\n')
    expect(text).toMatch(/Stap 6 heeft een ongeldige stapsleutel "Wonen Thuis"/)
    expect(text).toMatch(/De stapsleutel "wonen" komt meer dan eens voor/)
  })

  it('ignores stale answers left on an outcome', () => {
    const steps = sound()
    steps[2].answers = [{ label: 'oud', nextStepKey: 'start' }]
    expect(validateRouteMap(steps, 'start')).toEqual([])
  })

  it('reports an empty map', () => {
    expect(messages([], 'start')).toContain('De routekaart heeft nog geen stappen.')
  })
})

describe('routeMapIssuesMessage', () => {
  it('is undefined without issues and joins the first few otherwise', () => {
    expect(routeMapIssuesMessage([])).toBeUndefined()
    const issues = Array.from({ length: 7 }, (_, index) => ({ message: `Probleem ${index + 1}.` }))
    expect(routeMapIssuesMessage(issues, 5)).toBe('Probleem 1. Probleem 2. Probleem 3. Probleem 4. Probleem 5. En nog 2 problemen.')
    expect(routeMapIssuesMessage(issues.slice(0, 6), 5)).toMatch(/En nog 1 probleem\.$/)
  })
})
