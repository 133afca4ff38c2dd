import type { FlattenedField } from 'payload'
import { describe, expect, it } from 'vitest'
import { dataTypeProblem } from '../../src/cms/shared/requestErrors/checkDataTypes'

const fields = [
  { name: 'title', type: 'text' },
  { name: 'steps', type: 'array', flattenedFields: [{ name: 'step', type: 'text' }] },
  { name: 'sections', type: 'blocks', blocks: [] },
] as unknown as FlattenedField[]

describe('JSON types of REST and GraphQL data', () => {
  it('takes an empty array or blocks field as the admin sends it: its row count, 0', () => {
    expect(dataTypeProblem(fields, { title: 'x', steps: 0, sections: 0 })).toBeUndefined()
    expect(dataTypeProblem(fields, { steps: [], sections: [] })).toBeUndefined()
  })

  it('still refuses any other value where a list belongs', () => {
    expect(dataTypeProblem(fields, { steps: 3 })).toEqual({ path: 'steps', message: 'Het veld "steps" moet een lijst zijn.' })
    expect(dataTypeProblem(fields, { steps: '0' })).toEqual({ path: 'steps', message: 'Het veld "steps" moet een lijst zijn.' })
    expect(dataTypeProblem(fields, { sections: {} })).toEqual({ path: 'sections', message: 'Het veld "sections" moet een lijst zijn.' })
    expect(dataTypeProblem(fields, { steps: [{ step: 5 }] })).toEqual({ path: 'steps.0.step', message: 'Het veld "steps.0.step" moet tekst zijn.' })
  })
})
