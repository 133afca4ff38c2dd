/**
 * A newsletter edition once sending has started: its content is fixed and it cannot be deleted
 * (the public archive must show what subscribers got), through the Local API as a coordinator,
 * trusted server code and REST alike, each time with the Dutch reason; pausing, resuming, the
 * test mail and "retry failed" still work; a correction is a copy with a Dutch title and slug.
 * A status step a person may not make is refused with the domain's Dutch reason on the field.
 * REST runs in-process through Payload's own request handler (the one the Next routes call).
 */
import type { Payload } from 'payload'
import { handleEndpoints } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTrusted, staffData, testPassword } from '../helpers/fixtures'
import { startTestPayload, type TestPayload } from '../helpers/payload'

let cms: TestPayload
let payload: Payload
let coordinator: Record<string, unknown>
let token: string
const trusted = { overrideAccess: true, depth: 0 } as const

beforeAll(async () => {
  cms = await startTestPayload()
  payload = cms.payload
  const id = await createTrusted(payload, 'users', staffData('coordinator', ['coordinator']))
  coordinator = { ...(await payload.findByID({ collection: 'users', id, ...trusted })), collection: 'users' }
  token = (await payload.login({ collection: 'users', data: { email: staffData('coordinator', []).email, password: testPassword } })).token!
})

afterAll(async () => cms?.close())

const asCoordinator = () => ({ overrideAccess: false as const, user: coordinator as never, depth: 0 })

function rest(method: 'GET' | 'POST' | 'PATCH' | 'DELETE', path: string, body?: unknown): Promise<Response> {
  const request = new Request(`http://localhost:3000/api${path}`, {
    method,
    headers: { 'content-type': 'application/json', authorization: `JWT ${token}` },
    body: body === undefined ? undefined : JSON.stringify(body),
  })
  return handleEndpoints({ config: payload.config, request })
}

interface RestError {
  message: string
  data?: { errors?: { path: string; message: string }[] }
}

/** A refused Local API call: its status, the first field path and message. */
async function refusal(save: Promise<unknown>): Promise<{ status: number; path?: string; message: string }> {
  const error = (await save.then(
    () => {
      throw new Error('gelukt, maar had geweigerd moeten worden')
    },
    (caught: unknown) => caught,
  )) as { status: number; message: string; data?: { errors?: { path: string; message: string }[] } }
  return { status: error.status, path: error.data?.errors?.[0]?.path, message: error.data?.errors?.[0]?.message ?? error.message }
}

const paragraph = (text: string) => ({
  root: {
    type: 'root',
    format: '',
    indent: 0,
    version: 1,
    direction: 'ltr',
    children: [{ type: 'paragraph', format: '', indent: 0, version: 1, direction: 'ltr', textFormat: 0, textStyle: '', children: [{ type: 'text', text, format: 0, style: '', mode: 'normal', detail: 0, version: 1 }] }],
  },
})

/** An edition as the sender leaves it (written by trusted code, as the sender does). */
async function edition(title: string, status: 'concept' | 'verzenden' | 'gepauzeerd' | 'verzonden') {
  const id = await createTrusted(payload, 'newsletters', {
    title,
    networks: ['jeugd'],
    intro: `Inleiding van ${title}.`,
    content: paragraph('Zoals verzonden.'),
    sections: [{ kind: 'upcomingEvents', limit: 3 }],
    status,
    ...(status === 'verzonden' ? { sentAt: '2026-11-20T09:00:00.000Z', progress: { total: 2, sent: 2, failed: 0, remaining: 0 } } : {}),
  })
  return String(id)
}

const stored = (id: string) => payload.findByID({ collection: 'newsletters', id, ...trusted })
const sentReason = /Deze nieuwsbrief is verzonden en kan niet meer worden gewijzigd.*Kopie maken als nieuwe editie/

describe('a sent edition', () => {
  it('refuses every change to its content with the Dutch reason on the field (Local API as coordinator, trusted code, REST), and takes a save that sends it back unchanged', async () => {
    const id = await edition('Herfsteditie', 'verzonden')
    const before = await stored(id)

    for (const data of [{ title: 'Herfsteditie (verbeterd)' }, { intro: 'Andere inleiding' }, { content: paragraph('Stilletjes verbeterd.') }, { sections: [] }, { networks: ['jeugd', 'volwassenen'] }, { slug: 'ander-adres' }]) {
      const [field] = Object.keys(data)
      const local = await refusal(payload.update({ collection: 'newsletters', id, data: data as never, ...asCoordinator() }))
      expect(local, field).toMatchObject({ status: 400, path: field, message: expect.stringMatching(sentReason) })
      const server = await refusal(payload.update({ collection: 'newsletters', id, data: data as never, ...trusted }))
      expect(server, field).toMatchObject({ status: 400, path: field })

      const response = await rest('PATCH', `/newsletters/${id}`, data)
      expect(response.status, field).toBe(400)
      const [error] = ((await response.json()) as { errors: RestError[] }).errors
      expect(error.message).toMatch(sentReason)
      expect(error.data?.errors?.[0]).toMatchObject({ path: field, message: expect.stringMatching(sentReason) })
    }

    const after = await stored(id)
    expect({ title: after.title, intro: after.intro, slug: after.slug, content: after.content, sections: after.sections, networks: after.networks }).toEqual({
      title: before.title,
      intro: before.intro,
      slug: before.slug,
      content: before.content,
      sections: before.sections,
      networks: before.networks,
    })

    // The admin sends every field back, the read-only ones unchanged: with the test mail and
    // "retry failed" (commands that still make sense for a sent edition) that save goes through.
    const doc = (await (await rest('GET', `/newsletters/${id}?depth=0`)).json()) as Record<string, unknown>
    const echo = await rest('PATCH', `/newsletters/${id}`, { ...doc, sendTest: true, retryFailed: true })
    expect(echo.status, JSON.stringify(await echo.clone().json())).toBe(200)
    expect((await stored(id)).title).toBe('Herfsteditie')
  })

  it('cannot be deleted: a 409 with the Dutch reason, through the Local API and REST; a concept can', async () => {
    const id = await edition('Lenteeditie', 'verzonden')
    const local = await refusal(payload.delete({ collection: 'newsletters', id, ...asCoordinator() }))
    expect(local.status).toBe(409)
    expect(local.message).toMatch(/Een verzonden nieuwsbrief kan niet worden verwijderd/)

    const response = await rest('DELETE', `/newsletters/${id}`)
    expect(response.status).toBe(409)
    expect(((await response.json()) as { errors: RestError[] }).errors[0].message).toMatch(/Een verzonden nieuwsbrief kan niet worden verwijderd/)
    const bulk = await rest('DELETE', `/newsletters?where[id][equals]=${id}`)
    expect(bulk.status).toBeGreaterThanOrEqual(400)
    expect(bulk.status).toBeLessThan(500)
    expect((await stored(id)).title).toBe('Lenteeditie')

    const concept = await edition('Weggooieditie', 'concept')
    expect((await rest('DELETE', `/newsletters/${concept}`)).status).toBe(200)
  })

  it('is corrected by a copy: a new concept with a Dutch title and slug, without the sending state', async () => {
    const id = await edition('Zomereditie', 'verzonden')
    const response = await rest('POST', `/newsletters/${id}/duplicate`, {})
    expect(response.status).toBe(200)
    const { doc: copy } = (await response.json()) as { doc: { id: string } }
    const first = await stored(copy.id)
    expect(first).toMatchObject({ title: 'Zomereditie (kopie)', slug: 'zomereditie-kopie', status: 'concept', intro: 'Inleiding van Zomereditie.', networks: ['jeugd'] })
    expect(first.sentAt ?? null).toBeNull()
    expect(first.archivedSections ?? null).toBeNull()
    expect(first.sending?.emailHtml ?? null).toBeNull()
    expect(first.progress?.sent ?? 0).toBe(0)
    expect(first.sections?.map((section) => section.kind)).toEqual(['upcomingEvents'])

    const second = await payload.duplicate({ collection: 'newsletters', id, ...asCoordinator() })
    expect(second).toMatchObject({ title: 'Zomereditie (kopie)', slug: 'zomereditie-kopie-2', status: 'concept' })
    // The copy is an ordinary concept: it can be changed.
    await payload.update({ collection: 'newsletters', id: first.id, data: { title: 'Zomereditie, verbeterd' }, ...asCoordinator() })
    expect((await stored(String(first.id))).title).toBe('Zomereditie, verbeterd')
  })
})

describe('an edition being sent', () => {
  it('can be paused and resumed, but its content stays as it is', async () => {
    const id = await edition('Verzendeditie', 'verzenden')
    await payload.update({ collection: 'newsletters', id, data: { status: 'gepauzeerd' }, ...asCoordinator() })
    expect((await stored(id)).status).toBe('gepauzeerd')
    const paused = await refusal(payload.update({ collection: 'newsletters', id, data: { intro: 'Snel nog iets anders' }, ...asCoordinator() }))
    expect(paused).toMatchObject({ status: 400, path: 'intro', message: expect.stringMatching(/wordt verzonden en kan niet meer worden gewijzigd/) })
    const response = await rest('DELETE', `/newsletters/${id}`)
    expect(response.status).toBe(409)
    expect(((await response.json()) as { errors: RestError[] }).errors[0].message).toMatch(/Pauzeer het verzenden/)
    await payload.update({ collection: 'newsletters', id, data: { status: 'verzenden' }, ...asCoordinator() })
    expect((await stored(id)).status).toBe('verzenden')
  })
})

describe('a status step a person may not make', () => {
  it('is refused with the Dutch reason on the status field, through the Local API and REST', async () => {
    const id = await edition('Concepteditie', 'concept')
    const local = await refusal(payload.update({ collection: 'newsletters', id, data: { status: 'verzonden' }, ...asCoordinator() }))
    expect(local).toMatchObject({ status: 400, path: 'status', message: expect.stringMatching(/zet het systeem zelf.*Kies "Ingepland"/) })

    const response = await rest('PATCH', `/newsletters/${id}`, { status: 'verzenden' })
    expect(response.status).toBe(400)
    const [error] = ((await response.json()) as { errors: RestError[] }).errors
    expect(error.message).toMatch(/De status "Wordt verzonden" zet het systeem zelf/)
    expect(error.message).not.toMatch(/field is invalid|veld is ongeldig/i)
    expect(error.data?.errors?.[0]).toMatchObject({ path: 'status', message: error.message })

    const sent = await edition('Archiefeditie', 'verzonden')
    const back = await refusal(payload.update({ collection: 'newsletters', id: sent, data: { status: 'concept' }, ...asCoordinator() }))
    expect(back).toMatchObject({ status: 400, path: 'status', message: expect.stringMatching(/al verzonden/) })
    // A form opened before the edition was sent sends its old content along: the status is the reason given.
    const stale = { ...(await stored(sent)), title: 'Archiefeditie (oud formulier)', status: 'gepland' }
    const response2 = await rest('PATCH', `/newsletters/${sent}`, stale)
    expect(response2.status).toBe(400)
    expect(((await response2.json()) as { errors: RestError[] }).errors[0].data?.errors?.[0]).toMatchObject({ path: 'status', message: expect.stringMatching(/al verzonden/) })
    expect((await stored(id)).status).toBe('concept')
    expect((await stored(sent)).status).toBe('verzonden')
  })

  it('planning an edition with nothing but a title is refused with the Dutch reason on the status field', async () => {
    const id = await createTrusted(payload, 'newsletters', { title: 'Lege editie', networks: ['jeugd'] })
    const local = await refusal(payload.update({ collection: 'newsletters', id, data: { status: 'gepland' }, ...asCoordinator() }))
    expect(local).toMatchObject({ status: 400, path: 'status', message: expect.stringMatching(/nog geen inhoud/) })
    const response = await rest('PATCH', `/newsletters/${id}`, { status: 'gepland' })
    expect(response.status).toBe(400)
    expect(((await response.json()) as { errors: RestError[] }).errors[0]).toMatchObject({ message: expect.stringMatching(/nog geen inhoud/), data: { errors: [{ path: 'status' }] } })
    expect((await stored(id)).status).toBe('concept')
    // With an introduction it goes.
    await payload.update({ collection: 'newsletters', id, data: { intro: 'Kort nieuws.', status: 'gepland', scheduledAt: '2099-01-01T08:00:00.000Z' }, ...asCoordinator() })
    expect((await stored(id)).status).toBe('gepland')
  })
})
