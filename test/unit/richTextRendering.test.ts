import { describe, expect, it } from 'vitest'
import { richTextToEmailHtml } from '../../src/cms/newsletter/emailRichText'
import { richTextToHtml } from '../../src/site/lib/richText'
import { LIMITS } from '../../src/domain/richText/vocabulary'
import { decodeEntities, expectSafeHtml } from '../helpers/htmlSafety'
import { element, everyEditorNode, headerStateAttack, hostileUrls, internalLink, link, nestedLists, paragraph, root, tableAttack, text } from '../fixtures/richText/trees'

/**
 * The renderers get rich text straight from the database: values stored before validation
 * existed, or written around it. Every node type they handle is fed hostile values for every
 * attribute it has; the output is parsed and must hold only the elements and attributes the
 * renderer is meant to emit, with the hostile strings as plain text.
 */

const siteUrl = 'https://portaal.example.nl'
const renderers = [
  ['site', (value: unknown) => richTextToHtml(value as never)],
  ['email', (value: unknown) => richTextToEmailHtml(value, siteUrl)],
] as const

const script = '<script>alert(1)</script>'
const breakout = '"><img src=x onerror=alert(1)>'
const attributeBreakout = '1" onmouseover="alert(1)" x="'

/** Every node type the renderers handle, with hostile values in every attribute it has. */
const hostileTrees: Record<string, unknown> = {
  paragraph: root({ ...paragraph(text(script)), format: 'center" onclick="alert(1)', indent: attributeBreakout, textStyle: breakout, direction: breakout }),
  'paragraph (empty)': root({ ...paragraph(), format: 'left;background:url(javascript:alert(1))', indent: 1e9 }),
  heading: root(
    element('heading', [text(script)], { tag: 'h1 onclick="alert(1)"' }),
    element('heading', [text('x')], { tag: 'script' }),
    element('heading', [text('x')], { tag: 'h2><script>alert(1)</script><h2' }),
    element('heading', [text('x')], { tag: ['h1'], format: attributeBreakout }),
  ),
  quote: root(element('quote', [text(breakout)], { format: attributeBreakout, indent: '2" onclick="x' })),
  list: root(
    element('list', [element('listitem', [text('a')])], { listType: 'bullet" onclick="alert(1)', tag: 'script' }),
    element('list', [element('listitem', [text('b')])], { listType: 'number', start: attributeBreakout, tag: 'ol onclick="x"' }),
    element('list', [element('listitem', [text('c')])], { listType: 'number', start: 5 }),
  ),
  listitem: root(
    element('list', [element('listitem', [text(script)], { value: attributeBreakout, checked: breakout, indent: attributeBreakout })], { listType: 'check' }),
    element('list', [element('listitem', [text('x')], { value: { toString: null } })], { listType: 'bullet' }),
  ),
  link: root(
    paragraph(...hostileUrls.map((url) => link(url, `naar ${url}`))),
    paragraph(link('https://example.org', 'nieuw venster', { newTab: breakout, rel: breakout, target: breakout })),
    paragraph(link('https://example.org/"onmouseover="alert(1)', 'aanhalingsteken')),
    paragraph(internalLink('users', { id: 'u1', slug: 'admin' }), internalLink('pages', { id: 'p1', slug: breakout })),
    paragraph(internalLink('__proto__', { slug: 'x' }), internalLink('constructor', { slug: 'x' }), internalLink('pages', 'p2')),
    paragraph(element('link', [text('zonder velden')], { fields: breakout })),
  ),
  autolink: root(paragraph(...hostileUrls.map((url) => element('autolink', [text(url)], { fields: { linkType: 'custom', url, newTab: true } })))),
  text: root(
    paragraph(
      { ...text(script), format: attributeBreakout, style: `color:red;background:url(javascript:alert(1))${breakout}`, detail: breakout, mode: breakout },
      { ...text(breakout), format: 1e20 },
      { ...text('x'), text: { toString: () => script } },
      { ...text('x'), text: [script] },
    ),
  ),
  'linebreak and tab': root(paragraph({ type: 'linebreak', version: 1, text: script, $: { x: breakout } }, { type: 'tab', text: script, format: attributeBreakout })),
  horizontalrule: root({ type: 'horizontalrule', version: 1, style: breakout, class: breakout, text: script }),
  upload: root(
    { type: 'upload', relationTo: 'media', value: { url: 'javascript:alert(1)', mimeType: 'image/png', alt: breakout } },
    { type: 'upload', relationTo: 'media', value: { url: '/api/media/file/x.png" onerror="alert(1)', mimeType: 'image/png', alt: script, width: attributeBreakout, height: '1" onload="x' } },
    { type: 'upload', relationTo: 'media', value: { url: 'data:image/svg+xml,<svg onload=alert(1)>', mimeType: 'image/svg+xml' } },
    { type: 'upload', relationTo: 'media', fields: { alt: breakout }, value: { url: '/api/media/file/y.png', mimeType: 'image/png', width: 800, height: 600, sizes: { thumb: { url: 'javascript:alert(1)', width: attributeBreakout, mimeType: breakout } } } },
    { type: 'upload', relationTo: 'media', value: { url: '/api/media/file/z.pdf', mimeType: breakout, filename: script } },
    { type: 'upload', relationTo: 'media', value: { url: '/api/media/file/z.pdf' } },
    { type: 'upload', relationTo: 'media', value: 'not-populated' },
  ),
  relationship: root(
    { type: 'relationship', relationTo: 'pages', value: { id: 'p1', slug: breakout, title: script } },
    { type: 'relationship', relationTo: 'users', value: { id: 'u1', slug: 'admin', name: script } },
    { type: 'relationship', relationTo: 'offerings', value: { slug: 'x', title: { toString: () => script } } },
  ),
  table: tableAttack(),
  'table (numbers)': root(
    element('table', [element('tablerow', [{ ...element('tablecell', [paragraph(text('kop'))]), headerState: 1, colSpan: 2, rowSpan: 3, backgroundColor: 'red' }])], { style: breakout }),
  ),
  'unknown node types': root(
    { type: 'script', text: script, children: [paragraph(text('kind van onbekend'))] },
    { type: 'block', fields: { blockType: 'html', html: script }, children: [] },
    { type: 'inlineBlock', fields: { blockType: 'embed', url: 'javascript:alert(1)' } },
    paragraph({ type: '__proto__', text: script }, { type: 'constructor', text: script }, { type: 'toString', text: script }, { type: 'hasOwnProperty' }),
    { type: 'code', text: script },
    { type: 'unknown', children: [text(script)] },
  ),
  'malformed structure': {
    root: {
      type: 'root',
      children: [null, 'text', 42, [], paragraph(null as never, text('na null')), { type: 'paragraph', children: 'not an array' }, { type: 'paragraph', children: { 0: text(script), length: 1 } }],
    },
  },
}

describe.each(renderers)('%s renderer with hostile stored rich text', (name, render) => {
  it.each(Object.entries(hostileTrees))('renders %s without markup or script from the data', async (_kind, tree) => {
    const html = render(tree)
    await expectSafeHtml(html, { siteUrl: name === 'email' ? siteUrl : undefined })
    expect(html).not.toContain('<script')
  })

  it("renders the issue's table cell with the attack as neither attribute nor element", async () => {
    const html = render(tableAttack())
    const dom = await expectSafeHtml(html)
    const cells = dom.querySelectorAll('td, th')
    expect(cells).toHaveLength(1)
    expect(cells[0].attributes.map((attribute) => attribute.key)).not.toContain('onfocus')
    expect(cells[0].attributes.map((attribute) => attribute.key)).not.toContain('autofocus')
    expect(html).not.toContain(headerStateAttack)
  })

  it('keeps hostile text as visible text', async () => {
    const dom = await expectSafeHtml(render(root(paragraph(text(script), text(breakout)))))
    expect(decodeEntities(dom.textContent)).toContain(script)
    expect(decodeEntities(dom.textContent)).toContain(breakout)
    expect(dom.querySelectorAll('img')).toHaveLength(0)
  })

  it('turns a link with a refused address into its text', async () => {
    for (const url of hostileUrls) {
      const dom = await expectSafeHtml(render(root(paragraph(link(url, 'Meer informatie')))))
      expect(dom.querySelectorAll('a'), url).toHaveLength(0)
      expect(decodeEntities(dom.textContent)).toContain('Meer informatie')
    }
  })

  it('renders an unknown node as its children, never as itself', async () => {
    const dom = await expectSafeHtml(render(hostileTrees['unknown node types']))
    expect(decodeEntities(dom.textContent)).toContain('kind van onbekend')
    expect(decodeEntities(dom.textContent)).not.toContain('unknown node')
  })

  it('survives a tree too deep for the stack and too big to render whole', async () => {
    await expectSafeHtml(render(nestedLists(20_000)))
    const html = render(root(...Array.from({ length: LIMITS.nodes + 10_000 }, () => paragraph(text('x')))))
    expect(html.split('<p').length - 1).toBe(LIMITS.nodes / 2)
  }, 30_000)

  it('still renders what the editor makes', async () => {
    const dom = await expectSafeHtml(render(everyEditorNode()), { siteUrl: name === 'email' ? siteUrl : undefined })
    const hrefs = dom.querySelectorAll('a').map((a) => decodeEntities(String(a.getAttributeValue('href'))))
    const prefix = name === 'email' ? siteUrl : ''
    expect(hrefs).toEqual([
      'https://www.cordaan.nl/over-ons?a=1&b=2#team',
      'mailto:info@lvbinamsterdam.nl?subject=Vraag',
      'tel:0800-0113',
      `${prefix}/aanbod`,
      '#kop',
      'https://www.mee-amstel.nl',
      'https://www.levvel.nl',
    ])
    expect(dom.querySelectorAll('strong, em, code, sub, sup, ol, ul, li, blockquote, hr').length).toBeGreaterThan(10)
  })
})

describe('site renderer', () => {
  it('starts headings below the page title and links documents to their Dutch URLs', () => {
    const html = richTextToHtml(
      root(element('heading', [text('Kop')], { tag: 'h1' }), paragraph(internalLink('offerings', { id: 'o1', slug: 'ambulante hulp' }, 'aanbod'))) as never,
      { minLevel: 3 },
    )
    expect(html).toBe('<h3>Kop</h3><p><a href="/aanbod/ambulante%20hulp">aanbod</a></p>')
  })

  it('shows alignment and indent from fixed values only', () => {
    expect(richTextToHtml(root({ ...paragraph(text('x')), format: 'center', indent: 2 }) as never)).toBe(
      '<p style="text-align:center;padding-inline-start:80px;">x</p>',
    )
  })

  it('renders a table cell with checked numbers', () => {
    expect(richTextToHtml(hostileTrees['table (numbers)'] as never)).toBe('<table><tbody><tr><th colspan="2" rowspan="3"><p>kop</p></th></tr></tbody></table>')
  })
})
