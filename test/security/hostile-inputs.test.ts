/**
 * The malformed inputs of issue 12 that used to answer 500: each now answers a clear 4xx with a
 * Dutch message (a page on the site, Payload's `{ errors: [{ message }] }` on the API), and the
 * server logs one warn line saying why.
 */
import { beforeAll, describe, expect, it } from 'vitest'
import { formPages } from './surface'
import { payloadErrorMessage, sameOrigin, send, serverLog, staffToken } from './client'

/** Dutch words that the refusals use; English defaults ("Something went wrong") have none. */
const DUTCH = /\b(het|de|dit|deze|niet|een|geen|is|moet|kan)\b/i

function warnLines(): { level: number; msg?: string; err?: { message?: string } }[] {
  return serverLog()
    .split('\n')
    .filter((line) => line.startsWith('{') && line.endsWith('}'))
    .flatMap((line) => {
      try {
        return [JSON.parse(line) as { level: number; msg?: string; err?: { message?: string } }]
      } catch {
        return [] // a line the mirror caught half-written
      }
    })
    .filter((entry) => entry.level === 40)
}

async function expectWarned(fragment: string): Promise<void> {
  // The log reaches the mirror file within a few hundred milliseconds.
  for (let attempt = 0; attempt < 30; attempt++) {
    if (warnLines().some((entry) => `${entry.msg ?? ''} ${entry.err?.message ?? ''}`.includes(fragment))) return
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
  throw new Error(`Geen warn-regel met "${fragment}" in de serverlog`)
}

/** Payload's error shape; the portal's own refusals are Dutch too (Payload's own words may not be). */
function expectApiRefusal(answer: { status: number; text: string }, statuses: number[], dutch = true): string {
  expect(statuses, answer.text).toContain(answer.status)
  const message = payloadErrorMessage(answer.text)
  expect(message, answer.text).toBeDefined()
  if (dutch) expect(message).toMatch(DUTCH)
  return message as string
}

let coordinator: string
beforeAll(async () => {
  coordinator = await staffToken('coordinator@example.org')
})

describe('site forms refuse what is not a form', () => {
  for (const page of formPages()) {
    it(`POST ${page} with JSON or text: 400 with a Dutch page`, async () => {
      for (const [type, body] of [
        ['application/json', '{"email":"iemand@example.org"}'],
        ['text/plain', 'email=iemand@example.org'],
        ['multipart/form-data; boundary=xyz', '--xyz\r\nContent-Disposition: form-data; name="email"\r\n\r\nonaf'],
        ['multipart/form-data', 'geen grens'],
      ]) {
        const answer = await send(page, { method: 'POST', headers: { ...sameOrigin(), 'content-type': type }, body })
        expect(answer.status, `${type}: ${answer.text.slice(0, 200)}`).toBe(400)
        expect(answer.headers.get('content-type')).toMatch(/text\/html/)
        expect(answer.text).toContain('lang="nl"')
        expect(answer.text).toContain('Het formulier kwam niet goed aan')
      }
      await expectWarned(`400 POST ${page}: site form POST with content-type "application/json"`)
    })
  }

  it('POST without a body to a form page: 400, not a server error', async () => {
    const answer = await send('/nieuwsbrief', { method: 'POST', headers: sameOrigin() })
    expect(answer.status).toBe(400)
  })

  it('a bare /% and other broken percent-encoding: 400 with a Dutch page', async () => {
    for (const path of ['/%', '/aanbod/%E0%A4%A', '/%zz', '/api/%']) {
      const answer = await send(path)
      expect(answer.status, path).toBe(400)
    }
    await expectWarned('400 GET /%: malformed percent-encoding')
  })

  it('other methods on site pages: 405 with Allow', async () => {
    for (const method of ['PUT', 'DELETE', 'PATCH']) {
      const answer = await send('/nieuwsbrief', { method, headers: sameOrigin() })
      expect(answer.status).toBe(405)
      expect(answer.headers.get('allow')).toBe('GET, HEAD, POST')
    }
  })
})

describe('the API refuses malformed input in its own error shape', () => {
  it('urlencoded, text and broken multipart or JSON bodies', async () => {
    const auth = { authorization: `JWT ${coordinator}` }
    const broken = await send('/api/events', {
      method: 'POST',
      headers: { ...auth, 'content-type': 'multipart/form-data; boundary=xx' },
      body: '--xx\r\nContent-Disposition: form-data; name="_payload"\r\n\r\n{"title":',
    })
    expectApiRefusal(broken, [400])
    const brokenDocument = new FormData()
    brokenDocument.append('_payload', '{"title":')
    expectApiRefusal(await send('/api/events', { method: 'POST', headers: auth, body: brokenDocument }), [400])
    const json = await send('/api/events', { method: 'POST', headers: { ...auth, 'content-type': 'application/json' }, body: '{"title":' })
    expectApiRefusal(json, [400])
    for (const type of ['application/x-www-form-urlencoded', 'text/plain', 'application/xml']) {
      for (const method of ['POST', 'PATCH']) {
        const path = method === 'POST' ? '/api/events' : '/api/globals/siteSettings'
        const answer = await send(path, { method: method === 'PATCH' ? 'POST' : method, headers: { ...auth, 'content-type': type }, body: 'title=x' })
        expect(answer.status, `${type} ${path}: ${answer.text}`).toBeGreaterThanOrEqual(400)
        expect(answer.status, `${type} ${path}: ${answer.text}`).toBeLessThan(500)
        expect(payloadErrorMessage(answer.text)).toBeDefined()
      }
    }
    await expectWarned('broken multipart body')
    await expectWarned('_payload field does not parse')
  })

  it('wrong JSON types (email: 123) on registration, login and forgot-password', async () => {
    const registration = await send('/api/professionals', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 123, password: 'een-lang-wachtwoord', name: { x: 1 } }),
    })
    expect(expectApiRefusal(registration, [400])).toMatch(/^Het veld "(email|name)" moet tekst zijn\.$/)
    for (const path of ['/api/users/login', '/api/professionals/login', '/api/users/forgot-password', '/api/professionals/unlock']) {
      const answer = await send(path, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email: 123, password: ['x'] }) })
      expectApiRefusal(answer, [400, 403], false)
    }
    await expectWarned('moet tekst zijn')
  })

  it('where values the database cannot take: not a date, operator objects, unknown operators', async () => {
    for (const query of [
      'where[createdAt][greater_than]=not-a-date',
      'where[startsAt][less_than]=gisteren',
      'where[title][in][0][$ne]=x',
      'where[title][equals][$gt]=',
      'where[title][$ne]=x',
    ]) {
      const answer = await send(`/api/events?${query}`)
      expect(expectApiRefusal(answer, [400])).toMatch(/^Ongeldige zoekopdracht/)
    }
    await expectWarned('Ongeldige zoekopdracht')
  })

  it("GraphQL's Access query for a visitor", async () => {
    const answer = await send('/api/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ Access { canAccessAdmin } }' }),
    })
    expect(answer.status).toBe(200)
    expect(JSON.parse(answer.text)).toEqual({ data: { Access: { canAccessAdmin: false } } })
  })

  it('versions of globals and collections without versions: 404', async () => {
    for (const path of ['/api/globals/siteSettings/versions', '/api/globals/caseHandling/versions', '/api/newsletters/versions', '/api/subscribers/versions/x']) {
      const answer = await send(path, { headers: { authorization: `JWT ${coordinator}` } })
      expectApiRefusal(answer, [404])
    }
    await expectWarned('this content has no versions')
  })

  it('a media file that does not exist: 404', async () => {
    for (const name of ['bestaat-niet.png', '..%2F..%2Fportal.db', 'x'.repeat(300)]) {
      const answer = await send(`/api/media/file/${name}`)
      expectApiRefusal(answer, [400, 403, 404])
    }
    await expectWarned('no such file')
  })

  it('deleting what another document still needs: 409 in Dutch, nothing deleted', async () => {
    const auth = { authorization: `JWT ${coordinator}`, 'content-type': 'application/json' }
    const organisations = JSON.parse((await send('/api/offerings?limit=1&depth=0', { headers: auth })).text) as { docs: { organisation: string }[] }
    const organisation = organisations.docs[0].organisation
    const answer = await send(`/api/organisations/${organisation}`, { method: 'DELETE', headers: auth })
    expect(expectApiRefusal(answer, [409])).toMatch(/kan niet worden verwijderd/)
    expect((await send(`/api/organisations/${organisation}`, { headers: auth })).status).toBe(200)
  })
})
