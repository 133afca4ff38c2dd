import { describe, expect, it } from 'vitest'
import { QUERY_BOUNDS, whereProblem, type QueryFieldKind } from '../../src/domain/queryValidation'

const kinds: Record<string, QueryFieldKind> = { createdAt: 'date', startsAt: 'date', places: 'number', title: 'other' }
const kindOf = (path: string) => kinds[path]

describe('where validation', () => {
  it('lets the queries of the admin and the site through', () => {
    expect(whereProblem(undefined, kindOf)).toBeUndefined()
    expect(whereProblem({ title: { like: 'lvb' } }, kindOf)).toBeUndefined()
    expect(whereProblem({ or: [{ and: [{ title: { equals: 'x' } }, { createdAt: { greater_than: '2026-01-01T00:00:00.000Z' } }] }] }, kindOf)).toBeUndefined()
    expect(whereProblem({ places: { greater_than_equal: '3' }, title: { in: 'a,b' }, createdAt: { exists: 'true' } }, kindOf)).toBeUndefined()
    expect(whereProblem({ 'organisation.name': { equals: 'Cordaan' } }, kindOf)).toBeUndefined()
    expect(whereProblem({ title: { in: { 0: 'a', 1: 'b' } } }, kindOf)).toBeUndefined()
  })

  it('refuses values of the wrong type, in Dutch', () => {
    expect(whereProblem({ createdAt: { greater_than: 'not-a-date' } }, kindOf)).toMatch(/is een datum/)
    expect(whereProblem({ places: { equals: 'veel' } }, kindOf)).toMatch(/is een getal/)
  })

  it('refuses operator objects smuggled in as values and unknown operators', () => {
    expect(whereProblem({ title: { in: [{ $ne: 'x' }] } }, kindOf)).toMatch(/moet tekst, een getal of ja\/nee zijn/)
    expect(whereProblem({ title: { equals: { $gt: '' } } }, kindOf)).toMatch(/moet tekst/)
    expect(whereProblem({ title: { $ne: 'x' } }, kindOf)).toMatch(/geen bekende operator/)
    expect(whereProblem({ title: 'x' }, kindOf)).toMatch(/operator/)
    expect(whereProblem('title', kindOf)).toMatch(/zoekopdracht/)
    expect(whereProblem({ or: 'x' }, kindOf)).toMatch(/lijst/)
  })

  it('bounds nesting and the number of conditions', () => {
    let deep: unknown = { title: { equals: 'x' } }
    for (let i = 0; i <= QUERY_BOUNDS.depth; i++) deep = { and: [deep] }
    expect(whereProblem(deep, kindOf)).toMatch(/te diep/)
    const many = { or: Array.from({ length: QUERY_BOUNDS.conditions + 1 }, (_, i) => ({ title: { equals: String(i) } })) }
    expect(whereProblem(many, kindOf)).toMatch(/te veel/)
  })
})
