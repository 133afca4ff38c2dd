import { cp, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { defaultContentDir, loadContent, validateContentFolder } from '../../src/server/content/loadContent'
import { walkRouteMap } from '../../src/domain/routeMaps/routePath'

describe('the routekaarten in content/route-maps', () => {
  it('has one valid routekaart per network, the jeugd one with at least 12 steps', async () => {
    const content = await loadContent()
    expect(content.routeMaps.map((map) => map.network).sort()).toEqual(['jeugd', 'volwassenen'])
    const jeugd = content.routeMaps.find((map) => map.network === 'jeugd')!
    expect(jeugd.steps.length).toBeGreaterThanOrEqual(12)
    expect(jeugd.steps.filter((step) => step.kind === 'uitkomst').some((step) => step.askNetwork)).toBe(true)
  })

  it('sends a crisis straight to emergency numbers, Veilig Thuis among them', async () => {
    const content = await loadContent()
    // "Ja, vastgesteld" → "Crisis" for jeugd; "Crisis" at once for LVB18+.
    const crisisPaths: Record<string, number[]> = { jeugd: [1, 6], volwassenen: [5] }
    for (const map of content.routeMaps) {
      const steps = map.steps.map((step) => ({
        ...step,
        answers: step.answers?.map((answer) => ({ label: answer.label, nextStepKey: answer.next })),
      }))
      const walk = walkRouteMap({ startStepKey: map.startStepKey, steps }, crisisPaths[map.network])
      expect(walk).toMatchObject({ valid: true })
      expect(walk?.current.key).toBe('crisis')
      expect(walk?.current.explanation).toContain('0800-2000')
      expect(walk?.current.explanation).toContain('112')
    }
  })

  it('reports a broken routekaart with the step that is wrong', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'routekaart-content-'))
    try {
      await cp(defaultContentDir, dir, { recursive: true })
      await writeFile(
        path.join(dir, 'route-maps', 'volwassenen.yaml'),
        [
          'title: Kapot',
          'slug: volwassenen',
          'network: volwassenen',
          'startStepKey: start',
          'steps:',
          '  - key: start',
          '    kind: vraag',
          '    title: Eerste vraag',
          '    answers:',
          '      - { label: Ja, next: klaar }',
          '      - { label: Nee, next: bestaat-niet }',
          '  - key: klaar',
          '    kind: uitkomst',
          '    title: Klaar',
          '    links:',
          '      - { label: Onbekend, page: geen-pagina }',
        ].join('\n'),
      )
      const { issues } = await validateContentFolder(dir)
      expect(issues).toEqual([
        {
          file: 'route-maps/volwassenen.yaml',
          field: 'steps[0]',
          message: 'Antwoord "Nee" bij stap "start" ("Eerste vraag") leidt naar stap "bestaat-niet", maar die stap bestaat niet.',
        },
        { file: 'route-maps/volwassenen.yaml', field: 'steps[1].links[0].page', message: 'Onbekende page "geen-pagina"' },
      ])
    } finally {
      await rm(dir, { recursive: true, force: true })
    }
  })
})
