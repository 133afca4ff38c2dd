import { describe, expect, it } from 'vitest'
import { groupByExpertiseArea } from '../../src/domain/experts/byExpertiseArea'

describe('groupByExpertiseArea', () => {
  it('groups experts by area, merging spellings, sorted by area and name', () => {
    const groups = groupByExpertiseArea([
      { name: 'Samira', expertiseAreas: ['Trauma', 'autisme'] },
      { name: 'Anouk', expertiseAreas: ['trauma ', 'Trauma'] },
      { name: 'Jeroen', expertiseAreas: ['Trauma'] },
      { name: 'Lotte', expertiseAreas: null },
    ])
    expect(groups.map((group) => [group.key, group.label, group.experts.map((expert) => expert.name)])).toEqual([
      ['autisme', 'Autisme', ['Samira']],
      ['trauma', 'Trauma', ['Anouk', 'Jeroen', 'Samira']],
    ])
  })

  it('gives nothing for experts without areas', () => {
    expect(groupByExpertiseArea([{ name: 'X', expertiseAreas: [] }])).toEqual([])
  })
})
