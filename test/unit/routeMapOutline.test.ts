import { describe, expect, it } from 'vitest'
import { normaliseDraftSteps } from '../../src/domain/routeMaps/draft'
import { buildRouteMapOutline, MAX_OUTLINE_DEPTH, type OutlineNode, type RouteMapOutline } from '../../src/domain/routeMaps/outline'
import { validateRouteMap } from '../../src/domain/routeMaps/validateRouteMap'

/** A small seeded random generator (mulberry32): every run draws the same drafts, failures repeat. */
function random(seed: number) {
  let state = seed >>> 0
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
  const int = (max: number) => Math.floor(next() * max)
  const pick = <T>(items: readonly T[]): T => items[int(items.length)]
  return { next, int, pick }
}

type Random = ReturnType<typeof random>

/** Something that is not what the field should hold, as a half-made form can give. */
const junk = (r: Random) => r.pick<unknown>([undefined, null, 0, 3, '', true, {}, [], 'x'])

function draftKey(r: Random, keys: string[]): unknown {
  const roll = r.next()
  if (roll < 0.7 && keys.length) return r.pick(keys)
  if (roll < 0.85) return `weg-${r.int(5)}`
  return junk(r)
}

/** A random unfinished draft: missing arrays, empty and duplicate keys, cycles, dangling answers. */
function randomDraft(r: Random, size: number): { steps: unknown; start: unknown } {
  const keys = Array.from({ length: size }, (_, index) => `stap-${r.int(size * 2) || index}`)
  const steps = keys.map((key) => {
    if (r.next() < 0.05) return junk(r)
    const step: Record<string, unknown> = {}
    if (r.next() < 0.9) step.key = r.next() < 0.9 ? key : junk(r)
    if (r.next() < 0.9) step.kind = r.pick<unknown>(['vraag', 'uitkomst', 'vraag', '', null])
    if (r.next() < 0.8) step.title = r.pick<unknown>([`Vraag ${key}`, '', null, 7])
    const shape = r.next()
    // As Payload's form gives them: no rows is the number 0; a new step has nothing at all.
    if (shape < 0.15) step.answers = 0
    else if (shape < 0.25) step.answers = junk(r)
    else if (shape < 0.9) {
      step.answers = Array.from({ length: r.int(5) }, () => {
        if (r.next() < 0.05) return junk(r)
        const answer: Record<string, unknown> = {}
        if (r.next() < 0.9) answer.label = r.pick<unknown>(['Ja', 'Nee', '', null, 'Ja'])
        if (r.next() < 0.9) answer.nextStepKey = draftKey(r, keys)
        return answer
      })
    }
    return step
  })
  const shape = r.next()
  return { steps: shape < 0.03 ? junk(r) : steps, start: r.next() < 0.85 ? draftKey(r, keys) : junk(r) }
}

/** Every node of the outline with its depth. */
function* nodes(outline: RouteMapOutline): Generator<{ node: OutlineNode; depth: number }> {
  const stack: { node: OutlineNode; depth: number }[] = []
  if (outline.root) stack.push({ node: outline.root, depth: 0 })
  for (const node of outline.continuations) stack.push({ node, depth: 0 })
  while (stack.length) {
    const item = stack.pop()!
    yield item
    for (const answer of item.node.answers) stack.push({ node: answer.next, depth: item.depth + 1 })
  }
}

function checkOutline(steps: unknown, start: unknown) {
  const outline = buildRouteMapOutline(steps, start)
  const normalised = normaliseDraftSteps(steps)
  const firstOfKey = new Map<string, number>()
  normalised.forEach((step, index) => {
    if (step.key && !firstOfKey.has(step.key)) firstOfKey.set(step.key, index)
  })
  const writtenOut: string[] = []
  for (const { node, depth } of nodes(outline)) {
    expect(depth).toBeLessThanOrEqual(MAX_OUTLINE_DEPTH + 1)
    expect(node.missing).toBe(!firstOfKey.has(node.key))
    if (!node.missing && !node.seeAbove && !node.continuedBelow) writtenOut.push(node.key)
    if (node.seeAbove || node.continuedBelow || node.missing) expect(node.answers).toEqual([])
  }
  // Each step (by its first key) is written out at most once; together with the unreachable
  // steps, every step of the draft is accounted for.
  expect(new Set(writtenOut).size).toBe(writtenOut.length)
  const unreachableKeyed = outline.unreachable.filter((step) => step.key).map((step) => step.key)
  expect([...writtenOut, ...unreachableKeyed].sort()).toEqual([...firstOfKey.keys()].sort())
  expect(outline.unreachable.length - unreachableKeyed.length).toBe(normalised.filter((step) => !step.key).length)
  expect(outline.duplicates.length).toBe(normalised.filter((step) => step.key).length - firstOfKey.size)
  return outline
}

describe('the routekaart outline of an unfinished draft', () => {
  it('renders a step that was just added (no answers: the form gives the number 0)', () => {
    const steps = [
      { key: 'start', kind: 'vraag', title: 'Waar gaat het over?', answers: [{ label: 'Wonen', nextStepKey: 'nieuw' }, { label: 'School', nextStepKey: '' }] },
      { key: 'nieuw', kind: 'vraag', title: '', answers: 0 },
      { key: null, kind: 'vraag' },
      {},
    ]
    const outline = checkOutline(steps, 'start')
    expect(outline.root?.answers.map((answer) => answer.next.key)).toEqual(['nieuw', ''])
    expect(validateRouteMap(steps, 'start').map((issue) => issue.message)).toContain(
      'De vraag bij stap "nieuw" heeft geen antwoorden: hier loopt de route dood. Geef minstens twee antwoorden of maak er een uitkomst van.',
    )
  })

  it('holds for any of 3,000 random partial drafts (never throws, every step once)', () => {
    const r = random(20261123)
    for (let run = 0; run < 3000; run++) {
      const { steps, start } = randomDraft(r, 1 + r.int(12))
      try {
        checkOutline(steps, start)
        expect(Array.isArray(validateRouteMap(steps, start))).toBe(true)
      } catch (error) {
        throw new Error(`draft ${run}: ${JSON.stringify({ steps, start })}\n${(error as Error).message}`)
      }
    }
  })

  it('takes 500 steps in one long chain, with a cycle back to the start, without deep nesting', () => {
    const steps = Array.from({ length: 500 }, (_, index) => ({
      key: `stap-${index}`,
      kind: 'vraag',
      title: `Vraag ${index}`,
      answers: [
        { label: 'Verder', nextStepKey: `stap-${index + 1}` },
        { label: 'Opnieuw', nextStepKey: 'stap-0' },
      ],
    }))
    const outline = checkOutline(steps, 'stap-0')
    expect(outline.continuations.length).toBeGreaterThan(0)
    expect(outline.unreachable).toEqual([])
    const issues = validateRouteMap(steps, 'stap-0')
    expect(issues.some((issue) => issue.message.startsWith('Kringloop'))).toBe(true)
    expect(issues.some((issue) => issue.message.includes('"stap-500", maar die stap bestaat niet'))).toBe(true)
  })

  it('takes values that are no draft at all', () => {
    for (const value of [undefined, null, 0, 'stappen', {}, { length: 3 }, [null, 0, 'x', []]]) {
      checkOutline(value, value)
      expect(() => validateRouteMap(value, value)).not.toThrow()
    }
  })
})
