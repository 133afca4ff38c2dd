import { describe, expect, it } from 'vitest'
import {
  checkStatusMove,
  copySlugCandidates,
  copyTitle,
  deleteRefusal,
  isLocked,
  sameContent,
  statusesOfferedFrom,
} from '../../src/domain/newsletter/editionStatus'

describe('the status of an edition', () => {
  it('offers a person only the moves allowed from here, the same set from either partner', () => {
    expect(statusesOfferedFrom('concept')).toEqual(['concept', 'gepland'])
    expect(statusesOfferedFrom('gepland').sort()).toEqual(statusesOfferedFrom('concept').sort())
    expect(statusesOfferedFrom('verzenden').sort()).toEqual(statusesOfferedFrom('gepauzeerd').sort())
    expect(statusesOfferedFrom('verzonden')).toEqual(['verzonden'])
    expect(statusesOfferedFrom(undefined)).toEqual(['concept', 'gepland'])
    expect(statusesOfferedFrom('onzin')).toEqual(['concept'])
  })

  it('says in Dutch why a move is refused', () => {
    expect(checkStatusMove('concept', 'gepland')).toEqual({ ok: true })
    expect(checkStatusMove('verzenden', 'gepauzeerd')).toEqual({ ok: true })
    const sending = checkStatusMove('concept', 'verzenden')
    expect(sending.ok).toBe(false)
    if (!sending.ok) expect(sending.message).toBe('De status "Wordt verzonden" zet het systeem zelf zodra het verzenden begint of klaar is. Kies "Ingepland" om te verzenden (nu, of op het moment bij "Verzenden op").')
    const back = checkStatusMove('verzonden', 'concept')
    if (!back.ok) expect(back.message).toMatch(/al verzonden.*Kopie maken als nieuwe editie/)
    const cancel = checkStatusMove('gepauzeerd', 'concept')
    if (!cancel.ok) expect(cancel.message).toBe('Van "Gepauzeerd" kan de status niet naar "Concept". Mogelijk: "Wordt verzonden".')
    expect(cancel.ok).toBe(false)
  })

  it('fixes the content from the moment sending starts, and keeps such editions from deletion', () => {
    expect(['concept', 'gepland'].map(isLocked)).toEqual([false, false])
    expect(['verzenden', 'gepauzeerd', 'verzonden'].map(isLocked)).toEqual([true, true, true])
    expect(deleteRefusal('concept')).toBeUndefined()
    expect(deleteRefusal('verzonden')).toMatch(/verzonden nieuwsbrief kan niet worden verwijderd/)
    expect(deleteRefusal('gepauzeerd')).toMatch(/Pauzeer/)
  })
})

describe('comparing what the admin sends back with what is stored', () => {
  it('ignores key order, empty values, row IDs and the notation of a moment', () => {
    expect(sameContent({ a: 1, b: 'x', c: null }, { b: 'x', a: 1 })).toBe(true)
    expect(sameContent([{ id: '1', kind: 'upcomingEvents', heading: null }], [{ id: '2', kind: 'upcomingEvents', heading: '' }])).toBe(true)
    expect(sameContent('2026-12-15T13:00:00.000Z', '2026-12-15T14:00:00+01:00')).toBe(true)
    expect(sameContent(undefined, '')).toBe(true)
  })

  it('sees every real change', () => {
    expect(sameContent('Herfst', 'Herfst!')).toBe(false)
    expect(sameContent([{ kind: 'a' }, { kind: 'b' }], [{ kind: 'b' }, { kind: 'a' }])).toBe(false)
    expect(sameContent([{ kind: 'a' }], [])).toBe(false)
    expect(sameContent({ root: { children: [{ text: 'x' }] } }, { root: { children: [{ text: 'y' }] } })).toBe(false)
    expect(sameContent(['jeugd'], ['jeugd', 'volwassenen'])).toBe(false)
    expect(sameContent(3, 4)).toBe(false)
  })
})

describe('a copy as a new edition', () => {
  it('has a Dutch title and slug, never "- Copy", and does not stack "kopie"', () => {
    expect(copyTitle('Herfsteditie')).toBe('Herfsteditie (kopie)')
    expect(copyTitle('Herfsteditie (kopie)')).toBe('Herfsteditie (kopie)')
    expect(copyTitle('')).toBe('Nieuwsbrief (kopie)')
    expect(copySlugCandidates('herfsteditie', 3)).toEqual(['herfsteditie-kopie', 'herfsteditie-kopie-2', 'herfsteditie-kopie-3'])
    expect(copySlugCandidates('herfsteditie-kopie-2', 2)).toEqual(['herfsteditie-kopie', 'herfsteditie-kopie-2'])
  })
})
