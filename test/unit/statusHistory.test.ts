import { describe, expect, it } from 'vitest'
import { nextStatusHistory } from '../../src/domain/workflow/statusHistory'

const at = '2026-11-30T21:00:00.000Z'
const stored = [
  { id: 'r1', status: 'ontvangen', at: '2026-11-01T09:00:00.000Z', note: 'Via de website' },
  { id: 'r2', status: 'in-behandeling', at: '2026-11-02T09:00:00.000Z', by: { id: 'u7' }, note: null },
]

describe('the status history of a workflow', () => {
  it('starts a new document with one row for its first status', () => {
    expect(nextStatusHistory(undefined, { to: 'ontvangen', at })).toEqual([{ status: 'ontvangen', at }])
    expect(nextStatusHistory([], { from: null, to: 'ingediend', at, note: '  Ontvangen via de website ' })).toEqual([{ status: 'ingediend', at, note: 'Ontvangen via de website' }])
  })

  it('adds a row for the new status with who, when and the note, keeping the stored rows', () => {
    expect(nextStatusHistory(stored, { from: 'in-behandeling', to: 'doorgezet', by: 'u1', at, note: 'Naar het platform' })).toEqual([
      { id: 'r1', status: 'ontvangen', at: '2026-11-01T09:00:00.000Z', note: 'Via de website' },
      { id: 'r2', status: 'in-behandeling', at: '2026-11-02T09:00:00.000Z', by: 'u7', note: null },
      { status: 'doorgezet', at, by: 'u1', note: 'Naar het platform' },
    ])
  })

  it('records the steps implied on the way before the one asked for, the note only on the last', () => {
    const rows = nextStatusHistory(stored.slice(0, 1), { from: 'ontvangen', to: 'doorgezet', between: ['in-behandeling'], by: 'u1', at, note: 'Gerouteerd' })
    expect(rows.slice(1)).toEqual([
      { status: 'in-behandeling', at, by: 'u1' },
      { status: 'doorgezet', at, by: 'u1', note: 'Gerouteerd' },
    ])
  })

  it('adds nothing when the status stays, also not the implied steps', () => {
    expect(nextStatusHistory(stored, { from: 'doorgezet', to: 'doorgezet', between: ['in-behandeling'], by: 'u1', at })).toHaveLength(2)
  })

  it('leaves out an empty note and an unknown person', () => {
    expect(nextStatusHistory([], { from: 'concept', to: 'gepland', at, note: '   ' })).toEqual([{ status: 'gepland', at }])
  })

  it('erases the notes of the stored rows when asked (anonymisation), and changes nothing else', () => {
    expect(nextStatusHistory(stored, { from: 'afgesloten', to: 'afgesloten', at }, { eraseNotes: true })).toEqual([
      { id: 'r1', status: 'ontvangen', at: '2026-11-01T09:00:00.000Z', note: null },
      { id: 'r2', status: 'in-behandeling', at: '2026-11-02T09:00:00.000Z', by: 'u7', note: null },
    ])
  })

  it('is built from the stored rows only: nothing in the step can rewrite them', () => {
    const before = structuredClone(stored)
    const rows = nextStatusHistory(stored, { from: 'in-behandeling', to: 'doorgezet', at })
    expect(stored).toEqual(before)
    expect(rows.slice(0, 2).map((row) => row.id)).toEqual(['r1', 'r2'])
  })
})
