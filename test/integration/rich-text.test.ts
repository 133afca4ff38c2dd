/**
 * Rich text on save: every rich-text field of every collection and global refuses JSON the
 * editor could not have made, with a 400 and the Dutch reason, through the Local API (as the
 * user, `overrideAccess: false`), REST and GraphQL, for published saves and drafts alike; and
 * what the editor does make is stored and rendered. REST and GraphQL run in-process through
 * Payload's own request handlers (the ones the Next routes call).
 */
import type { Field, Payload } from 'payload'
import { handleEndpoints } from 'payload'
import { GRAPHQL_POST } from '@payloadcms/next/routes'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { refuseUnsafeRichText } from '../../src/cms/shared/fields/richText'
import { richTextToHtml } from '../../src/site/lib/richText'
import { expectSafeHtml } from '../helpers/htmlSafety'
import {
  articleData,
  createTrusted,
  eventData,
  mediaFile,
  newsletterData,
  offeringData,
  organisationData,
  pageData,
  staffData,
  testPassword,
  workingGroupData,
} from '../helpers/fixtures'
import { startTestPayload, type TestPayload } from '../helpers/payload'
import { element, everyEditorNode, internalLink, link, paragraph, root, text } from '../fixtures/richText/trees'

/** The exact payload of issue 12: a table cell whose headerState breaks out of its attribute. */
const issuePayload = {
  root: {
    type: 'root',
    version: 1,
    direction: null,
    format: '',
    indent: 0,
    children: [
      {
        type: 'table',
        version: 1,
        children: [
          {
            type: 'tablerow',
            version: 1,
            children: [
              {
                type: 'tablecell',
                headerState: '0" autofocus onfocus="alert(1)" x="',
                version: 1,
                children: [{ type: 'paragraph', version: 1, children: [{ type: 'text', text: 'x', version: 1, format: 0, detail: 0, mode: 'normal', style: '' }] }],
              },
            ],
          },
        ],
      },
    ],
  },
}

const scriptLink = root(paragraph(link('javascript:alert(document.cookie)', 'Meer informatie')))

let cms: TestPayload
let payload: Payload
const ids: Record<string, string> = {}
const users: Record<string, Record<string, unknown>> = {}
const tokens: Record<string, string> = {}
const trusted = { overrideAccess: true, depth: 0 } as const

beforeAll(async () => {
  cms = await startTestPayload()
  payload = cms.payload
  ids.orgA = await createTrusted(payload, 'organisations', organisationData('A'), { draft: false })
  ids.offerA = await createTrusted(payload, 'offerings', { ...offeringData('A1', ids.orgA), description: root(paragraph(text('Oorspronkelijke tekst'))) }, { draft: false })
  ids.page = await createTrusted(payload, 'pages', { ...pageData('Over ons'), slug: 'over-ons' }, { draft: false })
  ids.media = await createTrusted(payload, 'media', { alt: 'Folder' }, { file: mediaFile('folder') })
  for (const [key, roles, organisation] of [
    ['coordinator', ['coordinator'], undefined],
    ['editorA', ['partnerEditor'], ids.orgA],
  ] as const) {
    const id = await createTrusted(payload, 'users', staffData(key, [...roles], organisation))
    users[key] = { ...(await payload.findByID({ collection: 'users', id, ...trusted })), collection: 'users' }
    tokens[key] = (await payload.login({ collection: 'users', data: { email: staffData(key, []).email, password: testPassword } })).token!
  }
})

afterAll(async () => cms?.close())

function rest(method: 'POST' | 'PATCH', path: string, body: unknown, user: string): Promise<Response> {
  const request = new Request(`http://localhost:3000/api${path}`, {
    method,
    headers: { 'content-type': 'application/json', authorization: `JWT ${tokens[user]}` },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  })
  return handleEndpoints({ config: payload.config, request })
}

async function graphql(query: string, variables: Record<string, unknown>, user: string): Promise<{ data?: unknown; errors?: { message: string; extensions?: { statusCode?: number; data?: unknown } }[] }> {
  const request = new Request('http://localhost:3000/api/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `JWT ${tokens[user]}` },
    body: JSON.stringify({ query, variables }),
  })
  return (await GRAPHQL_POST(Promise.resolve(payload.config))(request)).json()
}

/** The Dutch field error of a refused save (Payload's ValidationError). */
async function refusal(save: Promise<unknown>): Promise<{ status: number; path: string; message: string }> {
  const error = (await save.then(
    () => {
      throw new Error('opgeslagen, maar had geweigerd moeten worden')
    },
    (caught: unknown) => caught,
  )) as { status: number; data?: { errors?: { path: string; message: string }[] } }
  const [field] = error.data?.errors ?? []
  return { status: error.status, path: field?.path ?? '', message: field?.message ?? '' }
}

async function storedDescription(): Promise<string> {
  const published = await payload.findByID({ collection: 'offerings', id: ids.offerA, ...trusted })
  const draft = await payload.findByID({ collection: 'offerings', id: ids.offerA, draft: true, ...trusted })
  return JSON.stringify([published.description, draft.description])
}

describe("the issue's payload from a partner editor", () => {
  it('is refused by the Local API on create and on update, published or draft, and nothing is stored', async () => {
    const before = { offerings: (await payload.count({ collection: 'offerings', overrideAccess: true })).totalDocs, stored: await storedDescription() }
    const versions = (await payload.countVersions({ collection: 'offerings', overrideAccess: true })).totalDocs
    const asEditor = { overrideAccess: false, user: users.editorA } as const

    for (const save of [
      payload.create({ collection: 'offerings', data: { ...offeringData('X', ids.orgA), description: issuePayload } as never, ...asEditor }),
      payload.create({ collection: 'offerings', data: { ...offeringData('Y', ids.orgA), description: issuePayload } as never, draft: true, ...asEditor }),
      payload.update({ collection: 'offerings', id: ids.offerA, data: { description: issuePayload } as never, ...asEditor }),
      payload.update({ collection: 'offerings', id: ids.offerA, data: { description: issuePayload } as never, draft: true, ...asEditor }),
      payload.update({ collection: 'offerings', id: ids.offerA, data: { howToRefer: scriptLink } as never, draft: true, ...asEditor }),
    ]) {
      const { status, path, message } = await refusal(save)
      expect(status).toBe(400)
      expect(['description', 'howToRefer']).toContain(path)
      expect(message).toMatch(/^In blok 1 \((lijst|alinea)?|^In blok 1: /)
    }
    const { message } = await refusal(payload.update({ collection: 'offerings', id: ids.offerA, data: { description: issuePayload } as never, ...asEditor }))
    expect(message).toBe(
      'In blok 1: het onderdeel "table" kan de editor niet maken en is niet toegestaan (wel: alinea\'s, koppen, lijsten, citaten, links, afbeeldingen en bestanden, verwijzingen en scheidingslijnen).',
    )

    expect((await payload.count({ collection: 'offerings', overrideAccess: true })).totalDocs).toBe(before.offerings)
    expect((await payload.countVersions({ collection: 'offerings', overrideAccess: true })).totalDocs).toBe(versions)
    expect(await storedDescription()).toBe(before.stored)
  })

  it('is refused by REST POST and PATCH /api/offerings with a 400 and the Dutch reason', async () => {
    const before = await storedDescription()
    const count = (await payload.count({ collection: 'offerings', overrideAccess: true })).totalDocs
    const editorsRule = /^In blok 1.*toegestaan/
    for (const [response, reason] of [
      [await rest('POST', '/offerings', { ...offeringData('Z', ids.orgA), description: issuePayload }, 'editorA'), editorsRule],
      [await rest('POST', '/offerings?draft=true', { ...offeringData('Z2', ids.orgA), description: issuePayload }, 'editorA'), editorsRule],
      [await rest('PATCH', `/offerings/${ids.offerA}`, { description: issuePayload }, 'editorA'), editorsRule],
      [await rest('PATCH', `/offerings/${ids.offerA}?draft=true`, { description: issuePayload }, 'editorA'), editorsRule],
      // Rich text sent as a string is refused for its type before the editor's rules look at it.
      [await rest('PATCH', `/offerings/${ids.offerA}?draft=true`, { description: JSON.stringify(issuePayload) }, 'editorA'), /^Het veld "description" moet een object zijn\.$/],
      [await rest('PATCH', `/offerings/${ids.offerA}`, { description: scriptLink }, 'coordinator'), editorsRule],
    ] as const) {
      expect(response.status).toBe(400)
      const body = (await response.json()) as { errors: { data?: { errors?: { path: string; message: string }[] } }[] }
      const fieldError = body.errors[0]?.data?.errors?.[0]
      expect(fieldError?.path).toBe('description')
      expect(fieldError?.message).toMatch(reason)
    }
    expect((await payload.count({ collection: 'offerings', overrideAccess: true })).totalDocs).toBe(count)
    expect(await storedDescription()).toBe(before)
  })

  it('answers malformed rich text with a 400, never a 500', async () => {
    // Deeper than this, Payload's own copy of the request data overflows the stack before any
    // hook runs: a limit on JSON nesting belongs where request bodies are parsed.
    const deep = `${'['.repeat(1000)}1${']'.repeat(1000)}`
    const bodies = [
      42,
      'geen json',
      [],
      { root: null },
      { root: { type: 'root', children: [null, 'x', 42] } },
      { root: { type: 'root', children: 'x' } },
      { root: { type: 'root', children: [{ type: 'paragraph', children: [{ type: 'text' }] }] } },
      { root: { type: 'root', children: [{ type: 'upload', relationTo: 'media', value: { id: null } }] } },
    ].map((description) => JSON.stringify({ description }))
    bodies.push(`{"description":{"root":{"type":"root","children":[{"type":"paragraph","children":[],"$":{"x":${deep}}}]}}}`)
    for (const body of bodies) {
      const response = await rest('PATCH', `/offerings/${ids.offerA}?draft=true`, body, 'editorA')
      expect(response.status, body.slice(0, 80)).toBe(400)
    }
  })

  it('is refused by a GraphQL mutation', async () => {
    const before = await storedDescription()
    const result = await graphql(
      'mutation ($id: String!, $data: mutationOfferingUpdateInput!) { updateOffering(id: $id, data: $data) { id } }',
      { id: ids.offerA, data: { description: issuePayload } },
      'editorA',
    )
    expect(result.data).toMatchObject({ updateOffering: null })
    expect(result.errors?.[0]?.extensions?.statusCode).toBe(400)
    expect(JSON.stringify(result.errors)).toContain('niet toegestaan')
    expect(await storedDescription()).toBe(before)
  })
})

describe('every rich-text field', () => {
  function richTextPaths(fields: Field[], prefix = ''): { path: string; guarded: boolean }[] {
    return fields.flatMap((field) => {
      const name = 'name' in field && field.name ? `${prefix}${field.name}` : prefix.replace(/\.$/, '')
      const inner = name ? `${name}.` : prefix
      if (field.type === 'richText') return [{ path: name, guarded: Boolean(field.hooks?.beforeValidate?.includes(refuseUnsafeRichText)) }]
      if (field.type === 'tabs') return field.tabs.flatMap((tab) => richTextPaths(tab.fields, 'name' in tab && tab.name ? `${prefix}${tab.name}.` : prefix))
      if (field.type === 'blocks') return field.blocks.flatMap((block) => richTextPaths(block.fields, `${inner}${block.slug}.`))
      if ('fields' in field) return richTextPaths(field.fields, field.type === 'array' || field.type === 'group' ? inner : prefix)
      return []
    })
  }

  it('in every collection and global carries the guard', () => {
    const found = [
      ...payload.config.collections.flatMap((collection) => richTextPaths(collection.fields).map((field) => ({ ...field, path: `${collection.slug}.${field.path}` }))),
      ...payload.config.globals.flatMap((global) => richTextPaths(global.fields).map((field) => ({ ...field, path: `${global.slug}.${field.path}` }))),
    ]
    expect(found.filter((field) => !field.guarded)).toEqual([])
    expect(found.map((field) => field.path).sort()).toEqual([
      'articles.content',
      'events.programme',
      'newsletters.content',
      'offerings.description',
      'offerings.howToRefer',
      'organisations.description',
      'pages.content',
      'routeMaps.steps.explanation',
      'workingGroups.assignment',
      'workingGroups.outcome',
    ])
  })

  it.each([
    ['articles', 'content', () => articleData('R')],
    ['events', 'programme', () => eventData('R')],
    ['newsletters', 'content', () => newsletterData('R')],
    ['offerings', 'description', () => offeringData('R', ids.orgA)],
    ['offerings', 'howToRefer', () => offeringData('R2', ids.orgA)],
    ['organisations', 'description', () => organisationData('R')],
    ['pages', 'content', () => pageData('R')],
    ['workingGroups', 'assignment', () => workingGroupData('R')],
    ['workingGroups', 'outcome', () => workingGroupData('R2')],
  ])('%s.%s refuses a script link as a coordinator', async (collection, field, data) => {
    const { status, path, message } = await refusal(
      payload.create({ collection: collection as never, data: { ...data(), [field]: scriptLink } as never, overrideAccess: false, user: users.coordinator }),
    )
    expect([status, path]).toEqual([400, field])
    expect(message).toContain('de link "Meer informatie"')
  })

  it('routeMaps.steps.explanation refuses a script link, in a draft too', async () => {
    const steps = [{ key: 'start', kind: 'uitkomst', title: 'Begin', explanation: scriptLink }]
    const { status, path } = await refusal(
      payload.create({ collection: 'routeMaps', data: { title: 'Kaart', network: 'jeugd', startStepKey: 'start', steps, _status: 'draft' } as never, draft: true, overrideAccess: false, user: users.coordinator }),
    )
    expect([status, path]).toEqual([400, 'steps.0.explanation'])
  })
})

describe('rich text the editor makes', () => {
  it('is stored from every node the editor offers and rendered back', async () => {
    const tree = everyEditorNode()
    const children = tree.root.children as Record<string, unknown>[]
    // Point the document references at real documents.
    const json = JSON.stringify(tree)
      .replace('0b5e3c1a-1b2c-4d5e-8f90-123456789abc', ids.offerA)
      .replace('0b5e3c1a-1b2c-4d5e-8f90-123456789abd', ids.media)
      .replace('0b5e3c1a-1b2c-4d5e-8f90-123456789abe', ids.page)
    expect(children.length).toBeGreaterThan(5)
    const page = await payload.create({
      collection: 'pages',
      data: { ...pageData('Alles'), content: JSON.parse(json), _status: 'published' } as never,
      overrideAccess: false,
      user: users.coordinator,
    })
    const read = await payload.findByID({ collection: 'pages', id: page.id, depth: 1, overrideAccess: false })
    const html = richTextToHtml(read.content as never)
    await expectSafeHtml(html)
    expect(html).toContain(`href="/aanbod/aanbod-a1"`)
    expect(html).toContain('<a href="/over-ons">Pagina Over ons</a>')
    expect(html).toMatch(/<a href="http:\/\/localhost:3000\/api\/media\/file\/document-folder[^"]*\.pdf">document-folder[^<]*\.pdf<\/a>/)
  })

  it('renders an old hostile value escaped, and leaves it alone when a save does not touch it', async () => {
    const hostile = { root: { ...issuePayload.root, children: [paragraph(text('oud')), ...issuePayload.root.children] } }
    // Stored before validation existed: written straight to the database, past every hook.
    await payload.db.updateOne({ collection: 'offerings', id: ids.offerA, data: { description: hostile } })
    const stored = await payload.findByID({ collection: 'offerings', id: ids.offerA, depth: 1, overrideAccess: false })
    const html = richTextToHtml(stored.description as never)
    await expectSafeHtml(html)
    expect(html).toBe('<p>oud</p><table><tbody><tr><td><p>x</p></td></tr></tbody></table>')

    // Unpublishing does not send the text, so the old value does not stand in its way.
    const updated = await payload.update({ collection: 'offerings', id: ids.offerA, data: { _status: 'draft' } as never, overrideAccess: false, user: users.coordinator })
    expect(updated._status).toBe('draft')
    // Sending the value again is a save of it, and is refused.
    const { status } = await refusal(payload.update({ collection: 'offerings', id: ids.offerA, data: { description: hostile } as never, overrideAccess: false, user: users.coordinator }))
    expect(status).toBe(400)
  })

  it('links and relationships can only point to documents with a page on the site', async () => {
    const { message } = await refusal(
      payload.update({ collection: 'pages', id: ids.page, data: { content: root(paragraph(internalLink('users', String(users.editorA.id)))) } as never, overrideAccess: false, user: users.coordinator }),
    )
    expect(message).toContain('verwijst naar "users"')
    const page = await payload.update({ collection: 'pages', id: ids.page, data: { content: root(paragraph(internalLink('offerings', ids.offerA))) } as never, overrideAccess: false, user: users.coordinator })
    expect(page.id).toBe(ids.page)
  })
})
