/**
 * A generated corpus of hostile and malformed requests over the whole public surface: every
 * site form (found in src/site/pages), every token link, the REST and GraphQL API of every
 * collection and global, and the site's query parameters. Run concurrently against the one
 * server of the suite. Asserts: no 5xx (nor a GraphQL error with status 500), no hang (each
 * answer within seconds while a parallel health request keeps being answered), and nothing
 * stored with markup that later comes back unescaped on a page or in an e-mail.
 */
import crypto from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import { simpleParser } from 'mailparser'
import { beforeAll, describe, expect, inject, it } from 'vitest'
import { demoPassword } from '../helpers/server'
import { freshAddress, formBody, sameOrigin, send, staffToken } from './client'
import { ATTRIBUTE_BREAK, deeplyNested, hostileJson, hostileText, hostileTokens, MARKUP } from './hostileValues'
import { injectedElements } from './markup'
import { BODY_LIMITS } from '../../src/server/bodyLimit'
import { collectionSlugs, formPages, globalSlugs, tokenEndpoints, tokenPages } from './surface'

interface Probe {
  group?: string
  label: string
  path: string
  init?: RequestInit & { headers?: Record<string, string> }
}

const CONCURRENCY = 8
const ANSWER_WITHIN_MS = 10_000
const json = { 'content-type': 'application/json' }
const randomId = () => crypto.randomUUID()
/** encodeURIComponent that also takes lone surrogates (as a browser sends them: U+FFFD). */
const encode = (value: string) => new URLSearchParams({ v: value }).toString().slice(2)

let coordinator: string
let professionalCookie: string
/** Payload reads a session cookie only from what says it is a same-site browser request. */
const asBrowser = (cookie: string) => ({ cookie, 'sec-fetch-site': 'same-origin' })
const formFields = new Map<string, string[]>()

/** The fields of a page's POST forms as its HTML names them (as a logged-in professional too). */
async function fieldsOf(page: string): Promise<string[]> {
  const names = new Set<string>()
  for (const cookie of [undefined, professionalCookie]) {
    const html = (await send(page, { headers: cookie ? asBrowser(cookie) : {} })).text
    for (const match of html.matchAll(/<(?:input|textarea|select)\b[^>]*\bname="([^"]+)"/g)) names.add(match[1])
  }
  return names.size > 0 ? [...names] : ['email', 'name', 'token']
}

const HONEYPOTS = new Set(['website', 'faxnummer'])

/** Every other hostile value for the forms (each form POST renders a page: the costly kind). */
const formValues = hostileText.filter((_, index) => index % 2 === 0 || index < 10)

function formOf(fields: string[], value: string): Record<string, string> {
  const form: Record<string, string> = {}
  for (const field of fields) form[field] = HONEYPOTS.has(field) ? '' : value
  // The membership form refuses posts faster than a person types; start a minute ago.
  form.formulierGestartOp = String(Date.now() - 60_000)
  return form
}

function formProbes(page: string, fields: string[], cookie?: string): Probe[] {
  const post = (label: string, body: BodyInit, headers: Record<string, string> = {}): Probe => ({
    label: `${page} ${label}${cookie ? ' (ingelogd)' : ''}`,
    path: page,
    init: { method: 'POST', headers: { ...sameOrigin(), ...(cookie ? asBrowser(cookie) : {}), ...headers }, body },
  })
  const probes: Probe[] = []
  for (const [index, value] of formValues.entries()) probes.push(post(`waarde ${index}`, formBody(formOf(fields, value))))
  for (const [index, value] of hostileText.slice(3, 9).entries()) {
    const data = new FormData()
    for (const [name, item] of Object.entries(formOf(fields, value))) data.append(name, item)
    probes.push(post(`multipart ${index}`, data))
  }
  if (cookie) return probes
  // The largest body the server lets through, all in one field: what a pattern meets at worst.
  const limit = BODY_LIMITS.siteForms[page] ?? BODY_LIMITS.siteForm
  for (const field of fields.filter((name) => !HONEYPOTS.has(name) && name !== 'q')) {
    const form = formOf(fields, 'a')
    form[field] = 'a@'.repeat(Math.floor((limit - 2048) / 2))
    probes.push(post(`grootste waarde in ${field}`, formBody(form)))
  }
  const first = fields.find((field) => !HONEYPOTS.has(field)) ?? 'email'
  const structural: [string, string, Record<string, string>?][] = [
    ['dubbele velden', fields.flatMap((field) => [`${field}=a`, `${field}=${encode(MARKUP)}`]).join('&')],
    ['lijstnamen', fields.map((field) => `${field}[]=x&${field}[0]=y&${field}[a]=z`).join('&')],
    ['prototype-sleutels', '__proto__=x&__proto__[admin]=1&constructor[prototype][admin]=1&hasOwnProperty=1'],
    ['kapotte procentcodering', `${first}=%E0%A4%A&${fields[1] ?? 'x'}=%&%ZZ=1`],
    ['ongeldige utf-8', `${first}=\xff\xfe\xc3`],
    ['utf-16 charset', `${first}=x`, { 'content-type': 'application/x-www-form-urlencoded; charset=utf-16' }],
    ['lege body', ''],
    ['alleen honeypot', 'website=http://spam.example&faxnummer=1'],
    ['duizend velden', Array.from({ length: 1000 }, (_, i) => `veld${i}=${i}`).join('&')],
  ]
  for (const [label, body, headers] of structural) {
    probes.push(post(label, Buffer.from(body, 'latin1'), { 'content-type': 'application/x-www-form-urlencoded', ...headers }))
  }
  probes.push({ label: `${page} zonder Origin`, path: page, init: { method: 'POST', body: formBody(formOf(fields, MARKUP)) } })
  probes.push(post('bestand in formulier', (() => {
    const data = new FormData()
    data.append(first, new Blob(['%PDF-1.4'], { type: 'application/pdf' }), '../../evil.pdf')
    return data
  })()))
  return probes
}

function tokenProbes(): Probe[] {
  const probes: Probe[] = []
  const tokens = hostileTokens.filter((_, index) => index % 2 === 0 || index < 4)
  for (const page of tokenPages) {
    for (const [index, token] of tokens.entries()) {
      probes.push({ label: `GET ${page} token ${index}`, path: `${page}?token=${encode(token)}` })
      probes.push({
        label: `POST ${page} token ${index}`,
        path: `${page}?token=${encode(token)}`,
        init: { method: 'POST', headers: sameOrigin(), body: formBody({ token, password: 'een-nieuw-wachtwoord-2026', passwordAgain: 'een-nieuw-wachtwoord-2026', networks: 'jeugd' }) },
      })
    }
    probes.push({ label: `GET ${page} dubbele token`, path: `${page}?token=a&token=b&token[]=c` })
  }
  for (const endpoint of tokenEndpoints) {
    for (const [index, token] of tokens.entries()) {
      probes.push({
        label: `${endpoint.method} ${endpoint.path('T')} token ${index}`,
        path: endpoint.path(token),
        init: endpoint.body
          ? { method: endpoint.method, headers: json, body: JSON.stringify(endpoint.body(token)) }
          : { method: endpoint.method, headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: endpoint.form ?? '' },
      })
    }
  }
  for (const token of hostileTokens.slice(1, 4)) probes.push({ label: 'uitnodigingslink', path: `/admin/reset/${encode(token || 'leeg')}` })
  return probes
}

const hostileQueries = [
  'where[createdAt][greater_than]=not-a-date',
  'where[updatedAt][less_than_equal]=2026-13-45',
  'where[title][in][0][$ne]=x',
  'where[id][equals][$gt]=',
  `where${'[and][0]'.repeat(20)}[id][equals]=x`,
  Array.from({ length: 300 }, (_, i) => `where[or][${i}][id][equals]=${i}`).join('&'),
  'where[__proto__][equals]=1&where[constructor][prototype][x]=1',
  'where[hash][exists]=true&where[salt][exists]=true',
  'where[password][equals]=x',
  'where[email][like]=%25',
  'where=zomaar&where[0]=x',
  'limit=-1&page=0',
  'limit=100000&depth=100',
  'limit=abc&page=1e309&depth=-5',
  'sort=-__proto__&sort=hash',
  'select[hash]=true&select[__proto__]=true',
  'populate[organisations][hash]=true',
  'locale=../../x&fallback-locale=%00',
  'draft=true&trash=true',
  'joins[x][limit]=1000000',
]

function restProbes(slug: string): Probe[] {
  const base = `/api/${slug}`
  const probes: Probe[] = []
  const asCoordinator = () => ({ authorization: `JWT ${coordinator}` })
  // As a coordinator the queries reach the database; a visitor mostly meets access control first.
  for (const query of hostileQueries) {
    probes.push({ label: `GET ${base}?${query.slice(0, 40)} (coördinator)`, path: `${base}?${query}`, init: { headers: asCoordinator() } })
  }
  for (const query of hostileQueries.slice(0, 4)) probes.push({ label: `GET ${base}?${query.slice(0, 40)}`, path: `${base}?${query}` })
  probes.push({ label: `GET ${base}/count`, path: `${base}/count?where[createdAt][equals]=gisteren`, init: { headers: asCoordinator() } })
  probes.push({ label: `GET ${base}/versions`, path: `${base}/versions?where[version.createdAt][less_than]=x`, init: { headers: asCoordinator() } })
  for (const id of ['..%2F..%2Fportal.db', 'a'.repeat(3000), encode(MARKUP), randomId()]) {
    probes.push({ label: `GET ${base}/${id.slice(0, 20)}`, path: `${base}/${id}`, init: { headers: asCoordinator() } })
  }
  const bodies: [string, string, Record<string, string>?][] = [
    ['null', 'null'],
    ['lijst', '[]'],
    ['tekst', '"tekst"'],
    ['prototype', '{"__proto__":{"isAdmin":true},"constructor":{"prototype":{"isAdmin":true}}}'],
    ['diep genest', deeplyNested(5_000)],
    ['kapotte JSON', '{"title":'],
    ['urlencoded', 'title=x', { 'content-type': 'application/x-www-form-urlencoded' }],
    ['tekst/plain', 'title=x', { 'content-type': 'text/plain' }],
    ['kapotte multipart', '--b\r\nContent-Disposition: form-data; name="_payload"\r\n\r\n{', { 'content-type': 'multipart/form-data; boundary=b' }],
  ]
  for (const [label, body, headers] of bodies) {
    probes.push({ label: `POST ${base} ${label} (coördinator)`, path: base, init: { method: 'POST', headers: { ...json, ...asCoordinator(), ...headers }, body } })
  }
  for (const [label, body, headers] of bodies.slice(3, 5)) probes.push({ label: `POST ${base} ${label}`, path: base, init: { method: 'POST', headers: { ...json, ...headers }, body } })
  for (const [index, value] of hostileJson.slice(0, 9).entries()) {
    const document = { title: value, name: value, email: value, slug: value, status: value, networks: value, question: value, organisation: value, startsAt: value }
    probes.push({ label: `POST ${base} typen ${index} (coördinator)`, path: base, init: { method: 'POST', headers: { ...json, ...asCoordinator() }, body: JSON.stringify(document) } })
  }
  probes.push({ label: `PATCH ${base}/onbekend`, path: `${base}/${randomId()}`, init: { method: 'PATCH', headers: { ...json, ...asCoordinator() }, body: JSON.stringify({ title: MARKUP }) } })
  probes.push({ label: `PATCH ${base}?where`, path: `${base}?where[id][equals]=${randomId()}`, init: { method: 'PATCH', headers: { ...json, ...asCoordinator() }, body: JSON.stringify({ title: 123 }) } })
  probes.push({ label: `DELETE ${base}/onbekend`, path: `${base}/${randomId()}`, init: { method: 'DELETE', headers: asCoordinator() } })
  probes.push({ label: `DELETE ${base}?where (anoniem)`, path: `${base}?where[id][exists]=true`, init: { method: 'DELETE' } })
  probes.push({ label: `DELETE ${base}?where kapot`, path: `${base}?where[createdAt][less_than]=nooit`, init: { method: 'DELETE', headers: asCoordinator() } })
  return probes
}

function globalProbes(slug: string): Probe[] {
  const base = `/api/globals/${slug}`
  const headers = { ...json, authorization: `JWT ${coordinator}` }
  return [
    { label: `GET ${base}`, path: `${base}?depth=100&locale=%00&draft=true` },
    { label: `GET ${base}/versions`, path: `${base}/versions?where[createdAt][equals]=x`, init: { headers } },
    { label: `GET ${base}/versions/x`, path: `${base}/versions/${randomId()}`, init: { headers } },
    ...hostileJson.map((value, index) => ({
      label: `POST ${base} typen ${index}`,
      path: base,
      init: { method: 'POST', headers, body: JSON.stringify({ siteName: value, contactEmail: value, reviewPeriodMonths: value }) },
    })),
    { label: `POST ${base} tekst`, path: base, init: { method: 'POST', headers: { ...headers, 'content-type': 'text/plain' }, body: 'x' } },
    { label: `POST ${base} diep`, path: base, init: { method: 'POST', headers, body: deeplyNested(5_000) } },
  ]
}

function graphqlProbes(): Probe[] {
  const probe = (label: string, body: unknown, auth = false): Probe => ({
    label: `GraphQL ${label}${auth ? ' (coördinator)' : ''}`,
    path: '/api/graphql',
    init: { method: 'POST', headers: { ...json, ...(auth ? { authorization: `JWT ${coordinator}` } : {}) }, body: typeof body === 'string' ? body : JSON.stringify(body) },
  })
  const probes: Probe[] = [
    probe('Access', { query: '{ Access { canAccessAdmin } }' }),
    probe('kapot', '{"query":'),
    probe('geen query', {}),
    probe('syntaxfout', { query: '{ ' }),
    probe('diep', { query: `{ ${'a { '.repeat(500)}${'}'.repeat(500)} }` }),
    probe('aliassen', { query: `{ ${Array.from({ length: 2000 }, (_, i) => `a${i}: __typename`).join(' ')} }` }),
    probe('batch', Array.from({ length: 50 }, () => ({ query: '{ __typename }' }))),
    probe('variabelen', { query: 'query($w: String) { __typename }', variables: { w: { $ne: 1 } } }),
    probe('login typen', { query: 'mutation { loginUser(email: 123, password: true) { token } }' }),
    probe('wachtwoord vergeten', { query: `mutation { forgotPasswordProfessional(email: "${MARKUP}") }` }),
  ]
  // Payload names a collection's list query after its slug: eventRegistrations → EventRegistrations.
  const listQueries = collectionSlugs().map((slug) => slug.replace(/(^|[-_])(\w)/g, (_, __, letter: string) => letter.toUpperCase()))
  for (const field of listQueries) {
    probes.push(probe(`${field} datum`, { query: `{ ${field}(where: { createdAt: { greater_than: "not-a-date" } }) { totalDocs } }` }, true))
    probes.push(probe(`${field} limiet`, { query: `{ ${field}(limit: -1, page: 0) { totalDocs } }` }))
    probes.push(probe(`${field} markup`, { query: `{ ${field}(where: { id: { equals: ${JSON.stringify(ATTRIBUTE_BREAK)} } }) { totalDocs } }` }, true))
  }
  return probes
}

function siteQueryProbes(): Probe[] {
  const probes: Probe[] = []
  const params = ['hulp', 'doelgroep', 'setting', 'financiering', 'gebied', 'organisatie', 'netwerk', 'leeftijd', 'q', 'sorteer', 'pagina']
  for (const [index, value] of hostileText.filter((_, index) => index % 4 === 1).entries()) {
    const all = params.map((name) => `${name}=${encode(value)}`).join('&')
    probes.push({ label: `/aanbod waarde ${index}`, path: `/aanbod?${all}` })
    probes.push({ label: `/aanbod.json waarde ${index}`, path: `/aanbod.json?${all}` })
    probes.push({ label: `/zoeken waarde ${index}`, path: `/zoeken?q=${encode(value)}&pagina=${encode(value)}` })
    probes.push({ label: `/routekaart waarde ${index}`, path: `/routekaart/jeugd?pad=${encode(value)}` })
    probes.push({ label: `/stap.json waarde ${index}`, path: `/routekaart/jeugd/stap.json?pad=${encode(value)}` })
  }
  for (const pathName of ['/%', '/aanbod/%E0%A4%A', `/aanbod/${'a'.repeat(3000)}`, '/organisaties/..%2F..%2Fetc', '/voorbeeld/aanbod/x', '/kennis/<script>', '/agenda/x.ics', '/pagefind/../../portal.db']) {
    probes.push({ label: `GET ${pathName.slice(0, 30)}`, path: pathName })
  }
  return probes
}

interface Outcome {
  probe: Probe
  status?: number
  ms: number
  problem?: string
}

async function run(probe: Probe): Promise<Outcome> {
  const started = performance.now()
  try {
    const answer = await send(probe.path, { ...probe.init, address: freshAddress(), timeoutMs: ANSWER_WITHIN_MS })
    let problem = answer.status >= 500 ? `status ${answer.status}: ${answer.text.slice(0, 160)}` : undefined
    if (!problem && probe.path.startsWith('/api/graphql') && answer.text.includes('"statusCode":5')) problem = `GraphQL-fout 5xx: ${answer.text.slice(0, 200)}`
    return { probe, status: answer.status, ms: answer.ms, problem }
  } catch (error) {
    const cause = (error as { cause?: { message?: string; code?: string } }).cause
    return { probe, ms: performance.now() - started, problem: `geen antwoord: ${(error as Error).message}${cause ? ` (${cause.code ?? ''} ${cause.message ?? ''})` : ''}` }
  }
}

async function runAll(probes: Probe[]): Promise<Outcome[]> {
  const outcomes: Outcome[] = []
  let next = 0
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (next < probes.length) outcomes.push(await run(probes[next++]))
    }),
  )
  return outcomes
}

beforeAll(async () => {
  coordinator = await staffToken('coordinator@example.org')
  const login = await send('/api/professionals/login', { method: 'POST', headers: json, body: JSON.stringify({ email: 'professional@example.org', password: demoPassword }) })
  professionalCookie = `payload-token=${(JSON.parse(login.text) as { token: string }).token}`
  for (const page of formPages()) formFields.set(page, await fieldsOf(page))
  // The admin's first page loads its whole bundle (seconds on a busy machine): not what is tested.
  await send('/admin/reset/opwarmen', { timeoutMs: 120_000 })
})

interface Health {
  answers: number
  failures: number
  slowestMs: number
}

/** Runs the probes while a second client keeps asking for a cheap page (the proof of no hang). */
async function runWithHealth(probes: Probe[]): Promise<{ outcomes: Outcome[]; seconds: number; health: Health }> {
  const health: Health = { answers: 0, failures: 0, slowestMs: 0 }
  let running = true
  const monitor = (async () => {
    while (running) {
      const started = performance.now()
      const answer = await send('/robots.txt', { timeoutMs: ANSWER_WITHIN_MS }).catch(() => undefined)
      health.slowestMs = Math.max(health.slowestMs, answer?.ms ?? performance.now() - started)
      if (answer?.status === 200) health.answers++
      else health.failures++
      await new Promise((resolve) => setTimeout(resolve, 100))
    }
  })()
  const started = performance.now()
  const outcomes = await runAll(probes).finally(() => (running = false))
  await monitor
  return { outcomes, seconds: (performance.now() - started) / 1000, health }
}

function report(name: string, outcomes: Outcome[], seconds: number, health: Health, details: string[] = []): void {
  const failures = outcomes.filter((outcome) => outcome.problem)
  const slowest = [...outcomes].sort((a, b) => b.ms - a.ms).slice(0, 3)
  console.log(
    `${name}: ${outcomes.length} verzoeken in ${seconds.toFixed(1)} s${details.length ? ` (${details.join(', ')})` : ''}, fouten ${failures.length}; ` +
      `gezondheidsverzoeken ${health.answers} goed, ${health.failures} niet (traagste ${Math.round(health.slowestMs)} ms); ` +
      `traagste: ${slowest.map((outcome) => `${outcome.probe.label.slice(0, 60)} ${Math.round(outcome.ms)} ms`).join('; ')}`,
  )
}

function expectAnswered(outcomes: Outcome[], health: Health): void {
  const failures = outcomes.filter((outcome) => outcome.problem)
  expect(failures.map((failure) => `${failure.probe.label}: ${failure.problem}`).slice(0, 25)).toEqual([])
  expect(health.failures).toBe(0)
  expect(health.answers).toBeGreaterThan(0)
  expect(health.slowestMs).toBeLessThan(ANSWER_WITHIN_MS)
}

describe('the generated corpus', () => {
  it('answers every hostile input with a non-5xx within seconds, while the server keeps serving others', async () => {
    // Markup submitted through every storing form first, so the e-mails it causes go out early.
    const markup: Probe[] = []
    for (const page of formPages()) {
      const valid = formOf(formFields.get(page) ?? [], MARKUP)
      Object.assign(valid, { email: `sec-marker-${crypto.randomBytes(3).toString('hex')}@example.org`, password: 'een-lang-wachtwoord-2026', passwordAgain: 'een-lang-wachtwoord-2026', networks: 'jeugd', professionalRegister: 'geen', kvkNumber: '12345678', age: '12' })
      markup.push({ label: `${page} markup in geldige velden`, path: page, init: { method: 'POST', headers: sameOrigin(), body: formBody(valid) } })
    }
    const groups: Record<string, Probe[]> = {
      formulieren: [...markup, ...formPages().flatMap((page) => formProbes(page, formFields.get(page) ?? []))],
      tokenlinks: tokenProbes(),
      rest: [...collectionSlugs().flatMap(restProbes), ...globalSlugs().flatMap(globalProbes)],
      graphql: graphqlProbes(),
      zoekparameters: siteQueryProbes(),
    }
    const probes = Object.entries(groups).flatMap(([group, members]) => members.map((probe) => ({ ...probe, group })))
    expect(probes.length).toBeGreaterThanOrEqual(2000)

    const { outcomes, seconds, health } = await runWithHealth(probes)
    const perGroup = Object.keys(groups).map((group) => {
      const members = outcomes.filter((outcome) => outcome.probe.group === group)
      return `${group} ${members.length} (${Math.round(members.reduce((sum, outcome) => sum + outcome.ms, 0) / 1000)} s)`
    })
    report('Corpus', outcomes, seconds, health, perGroup)
    expectAnswered(outcomes, health)
  }, 300_000)

  it('answers the case-question form of an approved professional the same way (the privacy guard runs there)', async () => {
    const probes = formProbes('/vraag-stellen', formFields.get('/vraag-stellen') ?? [], professionalCookie)
    const { outcomes, seconds, health } = await runWithHealth(probes)
    report('Casusvraag (ingelogd)', outcomes, seconds, health)
    expectAnswered(outcomes, health)
  }, 300_000)

  it('never shows stored markup unescaped, on the site or in an e-mail', async () => {
    const pages = ['/', '/agenda', '/agenda/netwerkbijeenkomst-voorjaar-2027', '/aanbod', '/organisaties', '/experts', '/kennis', '/werkgroepen', '/nieuwsbrief/archief', `/zoeken?q=${encode(MARKUP)}`, '/sitemap.xml', '/kennis/rss.xml', '/agenda.ics']
    for (const page of pages) expect(injectedElements((await send(page)).text), page).toEqual([])
    expect(injectedElements((await send('/account', { headers: asBrowser(professionalCookie) })).text)).toEqual([])

    // The mails caused by the corpus go out through the job queue (a run every 5 s): wait until
    // the outbox stops growing, then read every mail.
    const outbox = path.join(inject('securityDataDir'), 'outbox')
    const mailNames = () => (fs.existsSync(outbox) ? fs.readdirSync(outbox).filter((name) => name.endsWith('.eml')) : [])
    let count = -1
    for (let attempt = 0; attempt < 6 && mailNames().length !== count; attempt++) {
      count = mailNames().length
      await new Promise((resolve) => setTimeout(resolve, 6_000))
    }
    const names = mailNames()
    let withMarkup = 0
    for (const name of names) {
      const raw = fs.readFileSync(path.join(outbox, name))
      const parsed = await simpleParser(raw)
      const html = String(parsed.html || '')
      if (html.includes('sec-marker')) withMarkup++
      expect(injectedElements(html), name).toEqual([])
    }
    console.log(`E-mails gelezen: ${names.length}, waarvan ${withMarkup} met de ingestuurde markup (geëscaped)`)
  }, 90_000)
})
