import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { emptyOfferingFilter } from '../../src/domain/offerings/filter'
import { listMemberOrganisations } from '../../src/site/lib/content'
import { getWorkingGroupBySlug, listAllPublicExperts } from '../../src/site/lib/directoryContent'
import { publicContentVersion } from '../../src/cms/shared/publicContent/contentVersion'
import { buildDirectoryView, relatedOfferingCards } from '../../src/site/lib/offeringDirectory'
import { offeringIndex } from '../../src/site/lib/offeringReadModel'
import { expertData, offeringData, organisationData, workingGroupData } from '../helpers/fixtures'
import { startTestPayload, type TestPayload } from '../helpers/payload'

/**
 * What the directory pages load through the Local API with a visitor's rights: published
 * content only, no private fields, and island data limited to card fields.
 */
let test: TestPayload
let payload: Payload
let organisationId: string
let otherOrganisationId: string
const index = () => offeringIndex({ payload, contentVersion: publicContentVersion() })

beforeAll(async () => {
  test = await startTestPayload()
  payload = test.payload
  const create = (collection: 'organisations', data: Record<string, unknown>) =>
    payload.create({ collection, data: { ...data, _status: 'published' } as never, overrideAccess: true })
  organisationId = String((await create('organisations', organisationData('een'))).id)
  otherOrganisationId = String((await create('organisations', organisationData('twee'))).id)

  const offering = (tag: string, organisation: string, extra: Record<string, unknown>, status: 'published' | 'draft') =>
    payload.create({
      collection: 'offerings',
      data: { ...offeringData(tag, organisation), ...extra, _status: status } as never,
      overrideAccess: true,
      draft: status === 'draft',
    })
  await offering('gepubliceerd', organisationId, { ageMin: 12, ageMax: 18, targetGroupTraits: ['trauma'], contact: { email: 'geheim@example.org' } }, 'published')
  await offering('concept', organisationId, {}, 'draft')
  await offering('elders', otherOrganisationId, { targetGroupTraits: ['trauma'] }, 'published')

  await payload.create({ collection: 'experts', data: { ...expertData('openbaar', organisationId), expertiseAreas: ['Trauma'], _status: 'published' } as never, overrideAccess: true })
  await payload.create({ collection: 'experts', data: { ...expertData('besloten', organisationId, false), expertiseAreas: ['Trauma'], _status: 'published' } as never, overrideAccess: true })
  await payload.create({
    collection: 'workingGroups',
    data: { ...workingGroupData('een'), slug: 'werkgroep-een', members: [{ organisation: organisationId, personName: 'Jan Jansen', role: 'voorzitter' }], _status: 'published' } as never,
    overrideAccess: true,
  })
})

afterAll(async () => {
  await test?.close()
})

describe('directory data through the Local API', () => {
  it('loads published offerings only, with their organisation', async () => {
    const view = buildDirectoryView(await index(), emptyOfferingFilter())
    expect(view.cards.map((card) => card.title)).toEqual(['Aanbod elders', 'Aanbod gepubliceerd'])
    expect(view.cards.find((card) => card.title === 'Aanbod gepubliceerd')?.organisationName).toBe('Organisatie een')
  })

  it('gives the island card fields only (no contact details, no IDs)', async () => {
    const view = buildDirectoryView(await index(), { ...emptyOfferingFilter(), age: 15 })
    expect(view.cards).toHaveLength(2)
    expect(JSON.stringify(view)).not.toContain('geheim@example.org')
    for (const card of view.cards) expect(Object.keys(card)).not.toContain('id')
    const organisations = view.facets.find((facet) => facet.key === 'organisations')
    expect(organisations?.options.map((option) => option.label)).toEqual(['Organisatie een', 'Organisatie twee'])
  })

  it('relates an offering to one of another organisation with the same traits', async () => {
    const directory = await index()
    const slug = [...directory.entries()].find((entry) => entry.title === 'Aanbod gepubliceerd')?.slug ?? ''
    expect(relatedOfferingCards(directory, slug).map((card) => card.title)).toEqual(['Aanbod elders'])
  })

  it('lists only experts with a public profile', async () => {
    expect((await listAllPublicExperts(payload)).map((expert) => expert.name)).toEqual(['Expert openbaar'])
  })

  it('lists member organisations with their logo', async () => {
    // A 1×1 transparent PNG.
    const png = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=', 'base64')
    const logo = await payload.create({
      collection: 'media',
      data: { alt: 'Logo van Organisatie een' } as never,
      file: { data: png, mimetype: 'image/png', name: 'logo-een.png', size: png.length },
      overrideAccess: true,
    })
    await payload.update({ collection: 'organisations', id: organisationId, data: { logo: logo.id, _status: 'published' } as never, overrideAccess: true })
    const organisations = await listMemberOrganisations(payload)
    const een = organisations.find((organisation) => organisation.name === 'Organisatie een')
    expect(een?.logo).toMatchObject({ mimeType: 'image/png', url: expect.stringContaining('logo-een') })
  })

  it("shows a working group's member organisations without the people's names", async () => {
    const group = await getWorkingGroupBySlug(payload, 'werkgroep-een')
    expect(group?.members).toHaveLength(1)
    expect(JSON.stringify(group)).not.toContain('Jan Jansen')
    expect(group?.members?.[0]?.organisation).toMatchObject({ name: 'Organisatie een' })
  })
})
