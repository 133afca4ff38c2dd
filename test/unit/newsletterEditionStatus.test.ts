import { describe, expect, it } from 'vitest'
import {
  checkStatusMove,
  copySlugCandidates,
  copyTitle,
  deleteRefusal,
  isLocked,
  planningRefusal,
  sameContent,
  statusesOfferedFrom,
  statusStepRefusal,
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

describe('planning an edition', () => {
  const text = (value: string) => ({ root: { type: 'root', children: [{ type: 'paragraph', children: value ? [{ type: 'text', text: value }] : [] }] } })

  it('is refused while the edition has nothing but a title', () => {
    expect(planningRefusal({})).toMatch(/nog geen inhoud/)
    expect(planningRefusal({ intro: '  ', content: text(''), sections: [] })).toMatch(/nog geen inhoud/)
    expect(planningRefusal({ content: text('   ') })).toMatch(/nog geen inhoud/)
  })

  it('is possible with an introduction, text, an image or a section', () => {
    expect(planningRefusal({ intro: 'Welkom' })).toBeUndefined()
    expect(planningRefusal({ content: text('Nieuws') })).toBeUndefined()
    expect(planningRefusal({ content: { root: { type: 'root', children: [{ type: 'upload', value: 'x' }] } } })).toBeUndefined()
    expect(planningRefusal({ sections: [{ kind: 'upcomingEvents' }] })).toBeUndefined()
  })
})

describe('the reason a person gets for a status step', () => {
  it('names the forbidden step first, then an empty edition, and nothing for an allowed step', () => {
    expect(statusStepRefusal('verzonden', 'concept', { intro: 'x' })).toMatch(/al verzonden/)
    expect(statusStepRefusal('concept', 'verzonden', {})).toMatch(/zet het systeem zelf/)
    expect(statusStepRefusal('concept', 'gepland', {})).toMatch(/nog geen inhoud/)
    expect(statusStepRefusal('concept', 'gepland', { intro: 'Welkom' })).toBeUndefined()
    // Already planned: saving it again is not a new step.
    expect(statusStepRefusal('gepland', 'gepland', {})).toBeUndefined()
    expect(statusStepRefusal('gepland', 'concept', {})).toBeUndefined()
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
