import { describe, expect, it } from 'vitest'
import { checkLinkUrl } from '../../src/domain/richText/linkUrl'
import { validateRichText } from '../../src/domain/richText/validate'
import { LIMITS } from '../../src/domain/richText/vocabulary'
import { element, everyEditorNode, headerStateAttack, hostileUrls, internalLink, link, nestedLists, paragraph, root, tableAttack, text } from '../fixtures/richText/trees'

const valid = (value: unknown) => expect(validateRichText(value)).toBeNull()
const refused = (value: unknown, ...parts: string[]) => {
  const message = validateRichText(value)
  expect(message).toBeTypeOf('string')
  for (const part of parts) expect(message).toContain(part)
  return message as string
}

describe('rich text the editor makes', () => {
  it('accepts every node, format and attribute the default editor offers', () => {
    valid(everyEditorNode())
    // As it arrives over REST (JSON), with `undefined` values dropped.
    valid(JSON.parse(JSON.stringify(everyEditorNode())))
  })

  it('accepts an empty field and an empty editor', () => {
    valid(null)
    valid(undefined)
    valid(root())
    valid(root(paragraph()))
  })

  it('accepts a link whose document came back populated from a read with depth', () => {
    valid(root(paragraph(internalLink('pages', { id: '0b5e3c1a-1b2c-4d5e-8f90-123456789abc', title: 'Over ons', slug: 'over-ons' }))))
  })

  it('accepts lists nested as deep as indenting allows', () => {
    valid(nestedLists(LIMITS.indent + 1))
  })
})

describe('node types and attributes the editor does not offer', () => {
  it("refuses the issue's table cell with a quote-breaking headerState, naming the node", () => {
    refused(tableAttack(), 'blok 1', '"table"', 'niet toegestaan')
    // Even nested in a paragraph, or with a harmless-looking headerState.
    refused(root(paragraph({ ...element('tablecell', [text('x')]), headerState: headerStateAttack })), '"tablecell"')
    refused(root(element('table', [element('tablerow', [{ ...element('tablecell', []), headerState: 1 }])])), '"table"')
  })

  it.each(['script', 'html', 'block', 'inlineBlock', 'code', 'mark', 'iframe', 'unknown', '', 'constructor', 'toString', 'root'])('refuses a node of type %j', (type) => {
    refused(root(paragraph({ type, version: 1, text: '<script>alert(1)</script>', children: [] })), 'blok 1 (alinea)', 'niet toegestaan')
  })

  it('refuses a node without a type, or that is not an object', () => {
    refused(root(paragraph({ text: 'x' } as never)))
    refused(root(paragraph('x' as never)), 'onbekende vorm')
    refused(root(paragraph(null as never)))
    refused(root([text('x')] as never))
  })

  it('refuses attributes a node does not have', () => {
    refused(root(paragraph(text('x')), { ...paragraph(text('y')), onclick: 'alert(1)' }), 'blok 2 (alinea)', '"onclick"')
    refused(root(paragraph({ ...text('x'), href: 'javascript:alert(1)' })), '"href"')
    refused(root({ ...element('heading', [text('x')], { tag: 'h2' }), style: 'x' }), '"style"')
    refused(root(paragraph(link('https://example.org', 'x', { rel: 'x" onclick="y' }))), '"rel"')
    refused({ root: { ...root().root, html: '<b>' } }, '"html"')
    refused({ ...root(paragraph(text('x'))), extra: 1 }, '"extra"')
    refused(root(paragraph({ ...text('x'), $slots: {} })), '"$slots"')
  })

  it('refuses values outside the ranges the editor uses', () => {
    const cases: [unknown, string][] = [
      [root(element('heading', [text('x')], { tag: 'h7' })), 'tag'],
      [root(element('heading', [text('x')], { tag: 'h1 onclick="alert(1)"' })), 'tag'],
      [root(element('heading', [text('x')], { tag: 'script' })), 'tag'],
      [root(element('heading', [text('x')])), 'tag'],
      [root(element('list', [], { listType: 'bullet" onclick="x', tag: 'ul' })), 'listType'],
      [root(element('list', [], { listType: 'bullet', tag: 'script' })), 'tag'],
      [root(element('list', [], { listType: 'number', start: '1" onclick="x' })), 'start'],
      [root(element('list', [element('listitem', [], { value: '1" onmouseover="x' })], { listType: 'number' })), 'value'],
      [root(element('list', [element('listitem', [], { checked: 'true' })], { listType: 'check' })), 'checked'],
      [root(paragraph(text('x', -1))), 'format'],
      [root(paragraph(text('x', 4096))), 'format'],
      [root(paragraph(text('x', 1.5))), 'format'],
      [root(paragraph({ ...text('x'), format: '1" onclick="x' })), 'format'],
      [root(paragraph({ ...text('x'), detail: 9 })), 'detail'],
      [root(paragraph({ ...text('x'), mode: 'evil' })), 'mode'],
      [root(paragraph({ ...text('x'), style: 'x'.repeat(LIMITS.styleChars + 1) })), 'style'],
      [root(paragraph({ ...text('x'), text: 42 })), 'tekst'],
      [root(element('paragraph', [], { format: 'center;background:url(x)' })), 'format'],
      [root(element('paragraph', [], { direction: 'sideways' })), 'direction'],
      [root(element('paragraph', [], { indent: LIMITS.indent + 1 })), 'indent'],
      [root(element('paragraph', [], { indent: '1" onclick="x' })), 'indent'],
      [root(element('paragraph', [], { indent: -1 })), 'indent'],
      [root(element('paragraph', [], { version: 'x' })), 'version'],
      [root(element('paragraph', [], { children: 'x' })), 'children'],
      [root(element('quote', [], { shadowRoot: 'yes' })), 'shadowRoot'],
      [root(paragraph({ type: 'linebreak', version: 1, $: { x: { nested: true } } })), '$'],
      [root(paragraph({ type: 'tab', detail: 0, format: 0, mode: 'normal', style: '', text: 'x'.repeat(100), version: 1 })), 'text'],
      [root({ type: 'horizontalrule', version: 1, children: [] }), '"children"'],
    ]
    for (const [value, key] of cases) refused(value, key)
  })

  it('refuses a list item outside a list and anything but list items in a list', () => {
    refused(root(element('listitem', [text('x')])), 'buiten een lijst')
    refused(root(element('list', [paragraph(text('x'))], { listType: 'bullet' })), 'alleen lijstonderdelen')
  })
})

describe('link addresses', () => {
  it.each(hostileUrls)('refuses %j in a link and in an autolink', (url) => {
    refused(root(paragraph(link(url, 'klik hier'))), 'blok 1 (alinea)', 'de link "klik hier"')
    refused(root(paragraph(element('autolink', [text('x')], { fields: { linkType: 'custom', url } }))), 'link')
    expect(checkLinkUrl(url).ok).toBe(false)
  })

  it.each([
    'https://www.cordaan.nl',
    'http://example.nl/pad?x=1&y=2#anker',
    'https://localhost:3000/aanbod',
    'mailto:info@lvbinamsterdam.nl',
    'mailto:info@lvbinamsterdam.nl?subject=Vraag%20over%20aanbod',
    'tel:0800-0113',
    'tel:+31201234567',
    'tel:112',
    '/aanbod/ambulante-begeleiding',
    '#kop',
    '?pagina=2',
    'www.cordaan.nl',
    ' https://www.cordaan.nl ',
  ])('accepts %j', (url) => {
    valid(root(paragraph(link(url))))
  })

  it('writes "www." addresses as https links and keeps the rest as given', () => {
    expect(checkLinkUrl('www.cordaan.nl')).toEqual({ ok: true, href: 'https://www.cordaan.nl' })
    expect(checkLinkUrl(' /aanbod ')).toEqual({ ok: true, href: '/aanbod' })
  })

  it('refuses a link without an address, and a 1 MB address without running a pattern over it', () => {
    refused(root(paragraph(link(''))), 'geen webadres')
    refused(root(paragraph(element('link', [text('x')], { fields: { linkType: 'custom', newTab: false } }))), 'geen webadres')
    refused(root(paragraph(link(`https://example.org/${'a'.repeat(1_000_000)}`))), 'meer dan')
    refused(root(paragraph(link(`${' '.repeat(500_000)}x`))), 'meer dan')
  })

  it('refuses odd link fields', () => {
    refused(root(paragraph(link('https://example.org', 'x', { linkType: 'javascript' }))), 'linkType')
    refused(root(paragraph(link('https://example.org', 'x', { newTab: 'yes' }))), 'newTab')
    refused(root(paragraph(link('https://example.org', 'x', { target: '_self' }))), '"target"')
    refused(root(paragraph(element('link', [text('x')], { fields: 'https://example.org' }))), 'gegevens')
    refused(root(paragraph(element('link', [text('x')], { id: '"><img src=x onerror=alert(1)>', fields: { linkType: 'custom', url: '/x' } }))), 'id')
  })
})

describe('documents and files a node points to', () => {
  it.each(['users', 'caseQuestions', 'emailLog', 'professionals', 'subscribers', 'media', '__proto__', '', 42])('refuses an internal link to %j', (relationTo) => {
    refused(root(paragraph(internalLink(relationTo as string, '0b5e3c1a-1b2c-4d5e-8f90-123456789abc'))), 'verwijst naar')
  })

  it.each(['users', 'caseQuestions', 'media'])('refuses a relationship to %j', (relationTo) => {
    refused(root({ type: 'relationship', version: 2, format: '', relationTo, value: 'abc' }), 'verwijzing')
  })

  it('refuses document references that are not IDs', () => {
    refused(root(paragraph(internalLink('pages', '../../api/users'))), 'onbekend document')
    refused(root(paragraph(internalLink('pages', { slug: 'x' }))), 'onbekend document')
    refused(root(paragraph(internalLink('pages', null))), 'onbekend document')
    refused(root({ type: 'relationship', version: 2, relationTo: 'pages', value: '<script>' }), 'onbekend document')
    refused(root({ type: 'upload', version: 3, relationTo: 'media', value: 'javascript:alert(1)', fields: {} }), 'onbekend bestand')
  })

  it('refuses an upload from another collection or with extra fields', () => {
    refused(root({ type: 'upload', version: 3, relationTo: 'users', value: 'abc', fields: {} }), 'Bestanden')
    refused(root({ type: 'upload', version: 3, relationTo: 'media', value: 'abc', fields: { onerror: 'alert(1)' } }), '"onerror"')
    refused(root({ type: 'upload', version: 3, relationTo: 'media', value: 'abc', fields: {}, src: 'javascript:alert(1)' }), '"src"')
  })
})

describe('prototype pollution and size', () => {
  it.each(['__proto__', 'constructor', 'prototype'])('refuses the key %j anywhere in the value', (key) => {
    const inNode = JSON.parse(`{"root":{"type":"root","children":[{"type":"paragraph","children":[],"${key}":{"polluted":true}}]}}`)
    refused(inNode, `"${key}"`)
    const inFields = JSON.parse(`{"root":{"type":"root","children":[{"type":"paragraph","children":[{"type":"link","children":[],"fields":{"linkType":"custom","url":"/x","${key}":{"isAdmin":true}}}]}]}}`)
    refused(inFields, `"${key}"`)
    const inPopulatedDoc = JSON.parse(`{"root":{"type":"root","children":[{"type":"relationship","relationTo":"pages","value":{"id":"abc","x":{"${key}":{"a":1}}}}]}}`)
    refused(inPopulatedDoc, `"${key}"`)
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
  })

  it('refuses values that are not plain JSON objects', () => {
    for (const value of ['{"root":{}}', 42, true, [root()], new Date(), new (class Tree {})(), root(paragraph({ ...text('x'), format: Number.NaN }))]) {
      refused(value)
    }
  })

  it('refuses trees nested deeper than the editor can make, without exhausting the stack', () => {
    refused(nestedLists(LIMITS.depth), 'te diep')
    refused(nestedLists(5000), 'te diep')
    let deep: unknown = 'x'
    for (let level = 0; level < 100_000; level++) deep = [deep]
    refused(root(paragraph({ type: 'linebreak', version: 1, $: { x: deep } })), 'te diep')
  })

  it('refuses too many nodes, too much text and too much data', () => {
    refused(root(...Array.from({ length: LIMITS.nodes + 1 }, () => paragraph())), 'te veel onderdelen')
    refused(root(paragraph(text('a'.repeat(LIMITS.textChars + 1)))), 'te lang')
    refused(root(paragraph(link('/x', 'x', { text: 'a'.repeat(LIMITS.totalChars + 1) }))), 'te groot')
    refused({ root: { ...root().root, children: Array.from({ length: LIMITS.entries + 1 }, () => 0) } }, 'te veel onderdelen')
  })

  it('names the block and the problem in Dutch', () => {
    const message = refused(root(paragraph(text('intro')), element('list', [element('listitem', [link('javascript:alert(1)', 'Meer informatie')], { value: 1 })], { listType: 'bullet' })))
    expect(message).toBe(
      'In blok 2 (lijst): de link "Meer informatie" heeft een soort webadres dat niet is toegestaan (alleen https://, http://, mailto:, tel: of een pad op deze site zoals /aanbod) ("javascript:alert(1)").',
    )
  })
})
