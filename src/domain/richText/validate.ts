/**
 * Validates rich text (Lexical JSON as Payload stores it) against what the portal's editor can
 * make: the node types, attributes and value ranges of `vocabulary.ts`, link addresses by the
 * rule of `linkUrl.ts`, and bounds on size and depth. Anything else is refused with a Dutch
 * message that names the block and what is wrong, so an editor can find it and an attacker's
 * hand-made JSON never reaches the database.
 *
 * Pure and bounded: one iterative pass over the raw JSON (depth, size, prototype keys) before
 * any recursion, so a hostile 1 MB value costs linear time and no deep stack.
 */
import { checkLinkUrl, linkUrlProblemText } from './linkUrl'
import {
  DIRECTIONS,
  ELEMENT_FORMATS,
  FORBIDDEN_KEYS,
  HEADING_TAGS,
  LIMITS,
  LINKABLE_COLLECTIONS,
  LIST_TAGS,
  LIST_TYPES,
  MAX_TEXT_DETAIL,
  MAX_TEXT_FORMAT,
  NODE_LABELS,
  TEXT_MODES,
  UPLOAD_COLLECTIONS,
} from './vocabulary'

type Json = Record<string, unknown>

const COMMON = ['type', 'version', '$']
const ELEMENT = [...COMMON, 'children', 'direction', 'format', 'indent', 'textFormat', 'textStyle']
const TEXT = [...COMMON, 'detail', 'format', 'mode', 'style', 'text']

const ALLOWED_KEYS: Readonly<Record<string, readonly string[]>> = {
  root: ELEMENT,
  paragraph: ELEMENT,
  heading: [...ELEMENT, 'tag'],
  quote: [...ELEMENT, 'shadowRoot'],
  list: [...ELEMENT, 'listType', 'start', 'tag'],
  listitem: [...ELEMENT, 'checked', 'value'],
  link: [...ELEMENT, 'fields', 'id'],
  autolink: [...ELEMENT, 'fields'],
  text: TEXT,
  tab: TEXT,
  linebreak: COMMON,
  horizontalrule: COMMON,
  upload: [...COMMON, 'format', 'id', 'fields', 'relationTo', 'value', 'pending'],
  relationship: [...COMMON, 'format', 'relationTo', 'value'],
}
const ELEMENT_TYPES = new Set(['root', 'paragraph', 'heading', 'quote', 'list', 'listitem', 'link', 'autolink'])
const LINK_FIELD_KEYS = ['linkType', 'url', 'newTab', 'doc', 'text']

const ALLOWED_SUMMARY = "alinea's, koppen, lijsten, citaten, links, afbeeldingen en bestanden, verwijzingen en scheidingslijnen"

function isPlainObject(value: unknown): value is Json {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false
  const proto = Object.getPrototypeOf(value)
  return proto === Object.prototype || proto === null
}

/** A user's value inside a message: short, on one line, nothing invisible. */
function quote(value: unknown): string {
  const text = String(value).replace(/[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u2028-\u202e\u2066-\u2069]/g, ' ')
  return `"${text.length > 40 ? `${text.slice(0, 40)}…` : text}"`
}

function isInteger(value: unknown, min: number, max: number): boolean {
  return typeof value === 'number' && Number.isInteger(value) && value >= min && value <= max
}

function isDocumentId(value: unknown): boolean {
  if (typeof value === 'string') return /^[A-Za-z0-9_-]{1,64}$/.test(value)
  return isInteger(value, 1, Number.MAX_SAFE_INTEGER)
}

/** A relation's value: an ID, or (read back from the API with depth) a document with that ID. */
function isRelationValue(value: unknown): boolean {
  return isDocumentId(value) || (isPlainObject(value) && isDocumentId(value.id))
}

/** The one pass over the raw JSON: bounds and prototype keys, before anything looks deeper. */
function scanJson(value: unknown): string | null {
  const stack: [unknown, number][] = [[value, 0]]
  let entries = 0
  let chars = 0
  while (stack.length > 0) {
    const [item, depth] = stack.pop()!
    if (depth > LIMITS.jsonDepth) return `De opgemaakte tekst is te diep genest (meer dan ${LIMITS.jsonDepth} niveaus).`
    if (item === null || item === undefined || typeof item === 'boolean') continue
    if (typeof item === 'number') {
      if (!Number.isFinite(item)) return 'De opgemaakte tekst bevat een ongeldig getal.'
      continue
    }
    if (typeof item === 'string') {
      chars += item.length
      if (chars > LIMITS.totalChars) return `De opgemaakte tekst is te groot (meer dan ${LIMITS.totalChars.toLocaleString('nl-NL')} tekens).`
      continue
    }
    if (Array.isArray(item)) {
      entries += item.length
      if (entries > LIMITS.entries) return 'De opgemaakte tekst bevat te veel onderdelen.'
      for (const child of item) stack.push([child, depth + 1])
      continue
    }
    if (!isPlainObject(item)) return 'De opgemaakte tekst heeft een onbekende vorm.'
    for (const key of Object.keys(item)) {
      if (FORBIDDEN_KEYS.includes(key)) return `De opgemaakte tekst bevat het niet toegestane kenmerk ${quote(key)}.`
      entries += 1
      chars += key.length
      if (entries > LIMITS.entries) return 'De opgemaakte tekst bevat te veel onderdelen.'
      if (chars > LIMITS.totalChars) return `De opgemaakte tekst is te groot (meer dan ${LIMITS.totalChars.toLocaleString('nl-NL')} tekens).`
      stack.push([item[key], depth + 1])
    }
  }
  return null
}

interface Walk {
  nodes: number
  textChars: number
  /** Where the node is, for messages: "blok 3 (lijst)". */
  where: string
}

function definedKeys(node: Json): string[] {
  return Object.keys(node).filter((key) => node[key] !== undefined)
}

function labelOf(type: string): string {
  return NODE_LABELS[type] ?? type
}

function invalid(walk: Walk, type: string, key: string, expected: string): string {
  return `In ${walk.where}: ${labelOf(type)} heeft een ongeldige waarde voor "${key}" (${expected}).`
}

function checkNodeState(walk: Walk, type: string, state: unknown): string | null {
  if (state === undefined) return null
  if (!isPlainObject(state)) return invalid(walk, type, '$', 'verwacht een lijst van eenvoudige waarden')
  const keys = Object.keys(state)
  if (keys.length > 20) return invalid(walk, type, '$', 'te veel waarden')
  for (const key of keys) {
    const item = state[key]
    const simple = item === null || typeof item === 'boolean' || typeof item === 'number' || (typeof item === 'string' && item.length <= 200)
    if (!/^[A-Za-z][A-Za-z0-9_-]{0,63}$/.test(key) || !simple) return invalid(walk, type, '$', 'verwacht korte, eenvoudige waarden')
  }
  return null
}

function checkElement(walk: Walk, type: string, node: Json): string | null {
  if (!Array.isArray(node.children)) return `In ${walk.where}: ${labelOf(type)} mist zijn inhoud ("children").`
  if (node.direction !== undefined && !DIRECTIONS.includes(node.direction as string | null)) return invalid(walk, type, 'direction', 'ltr of rtl')
  if (node.format !== undefined && !ELEMENT_FORMATS.includes(node.format as string)) return invalid(walk, type, 'format', 'een uitlijning: left, center, right, justify, start of end')
  if (node.indent !== undefined && !isInteger(node.indent, 0, LIMITS.indent)) return invalid(walk, type, 'indent', `een inspringing van 0 tot ${LIMITS.indent}`)
  if (node.textFormat !== undefined && !isInteger(node.textFormat, 0, MAX_TEXT_FORMAT)) return invalid(walk, type, 'textFormat', 'een tekstopmaak')
  if (node.textStyle !== undefined && !(typeof node.textStyle === 'string' && node.textStyle.length <= LIMITS.styleChars)) return invalid(walk, type, 'textStyle', 'een korte tekst')
  return null
}

function checkText(walk: Walk, type: string, node: Json): string | null {
  if (typeof node.text !== 'string') return `In ${walk.where}: ${labelOf(type)} mist de tekst zelf.`
  if (type === 'tab' && node.text.length > 16) return invalid(walk, type, 'text', 'een tab')
  if (node.format !== undefined && !isInteger(node.format, 0, MAX_TEXT_FORMAT)) return invalid(walk, type, 'format', 'vet, cursief, onderstreept, doorgestreept, code, subscript of superscript')
  if (node.detail !== undefined && !isInteger(node.detail, 0, MAX_TEXT_DETAIL)) return invalid(walk, type, 'detail', 'een getal van 0 tot 3')
  if (node.mode !== undefined && !TEXT_MODES.includes(node.mode as string)) return invalid(walk, type, 'mode', 'normal, token of segmented')
  if (node.style !== undefined && !(typeof node.style === 'string' && node.style.length <= LIMITS.styleChars)) return invalid(walk, type, 'style', 'een korte tekst')
  walk.textChars += node.text.length
  if (walk.textChars > LIMITS.textChars) return `De tekst is te lang: meer dan ${LIMITS.textChars.toLocaleString('nl-NL')} tekens.`
  return null
}

/** The visible text of a link, for naming it in a message. */
function linkText(node: Json): string {
  const parts: string[] = []
  const collect = (children: unknown) => {
    if (!Array.isArray(children)) return
    for (const child of children) {
      if (!isPlainObject(child)) continue
      if (typeof child.text === 'string') parts.push(child.text)
      collect(child.children)
    }
  }
  collect(node.children)
  return parts.join('').trim()
}

function checkLinkFields(walk: Walk, type: string, node: Json): string | null {
  const fields = node.fields
  if (!isPlainObject(fields)) return `In ${walk.where}: een link mist zijn gegevens ("fields").`
  const unknown = definedKeys(fields).find((key) => !LINK_FIELD_KEYS.includes(key))
  if (unknown) return `In ${walk.where}: een link heeft een onbekend kenmerk ${quote(unknown)}.`
  const name = linkText(node)
  const theLink = name ? `de link ${quote(name)}` : 'een link'
  if (fields.newTab !== undefined && fields.newTab !== null && typeof fields.newTab !== 'boolean') return invalid(walk, type, 'newTab', 'ja of nee')
  if (fields.text !== undefined && !(typeof fields.text === 'string' && fields.text.length <= 1000)) return invalid(walk, type, 'text', 'een korte tekst')
  const linkType = fields.linkType ?? 'custom'
  if (linkType !== 'custom' && linkType !== 'internal') return invalid(walk, type, 'linkType', 'custom of internal')
  if (type === 'autolink' && linkType !== 'custom') return invalid(walk, type, 'linkType', 'custom')
  if (linkType === 'internal') {
    const doc = fields.doc
    if (!isPlainObject(doc)) return `In ${walk.where}: ${theLink} verwijst naar een pagina, maar zegt niet welke.`
    const docKey = definedKeys(doc).find((key) => key !== 'relationTo' && key !== 'value')
    if (docKey) return `In ${walk.where}: ${theLink} heeft een onbekend kenmerk ${quote(docKey)}.`
    if (!(LINKABLE_COLLECTIONS as readonly unknown[]).includes(doc.relationTo)) {
      return `In ${walk.where}: ${theLink} verwijst naar ${quote(doc.relationTo)}; een link kan alleen naar een pagina, aanbod, organisatie, bijeenkomst, kennisartikel of werkgroep.`
    }
    if (!isRelationValue(doc.value)) return `In ${walk.where}: ${theLink} verwijst naar een onbekend document.`
  } else if (fields.doc !== undefined && fields.doc !== null) {
    return `In ${walk.where}: ${theLink} heeft zowel een webadres als een pagina; kies één van beide.`
  }
  if (linkType === 'custom' || fields.url !== undefined) {
    const check = checkLinkUrl(fields.url)
    if (!check.ok) {
      const shown = typeof fields.url === 'string' && fields.url.trim() !== '' ? ` (${quote(fields.url)})` : ''
      return `In ${walk.where}: ${theLink} ${linkUrlProblemText(check.problem)}${shown}.`
    }
  }
  if (type === 'link' && node.id !== undefined && !isDocumentId(node.id)) return invalid(walk, type, 'id', 'een korte code')
  return null
}

function checkUpload(walk: Walk, node: Json): string | null {
  if (!(UPLOAD_COLLECTIONS as readonly unknown[]).includes(node.relationTo)) {
    return `In ${walk.where}: een afbeelding of bestand moet uit "Bestanden" komen, niet uit ${quote(node.relationTo)}.`
  }
  if (!isRelationValue(node.value)) return `In ${walk.where}: een afbeelding of bestand verwijst naar een onbekend bestand.`
  if (node.id !== undefined && !isDocumentId(node.id)) return invalid(walk, 'upload', 'id', 'een korte code')
  if (node.fields !== undefined && node.fields !== null) {
    if (!isPlainObject(node.fields)) return invalid(walk, 'upload', 'fields', 'extra gegevens')
    for (const key of definedKeys(node.fields)) {
      const item = node.fields[key]
      if (key !== 'alt' || typeof item !== 'string' || item.length > 1000) return `In ${walk.where}: een afbeelding of bestand heeft een onbekend kenmerk ${quote(key)}.`
    }
  }
  if (node.pending !== undefined) {
    const pending = node.pending
    const ok = isPlainObject(pending) && Object.values(pending).every((item) => item === undefined || (typeof item === 'string' && item.length <= LIMITS.urlChars))
    if (!ok) return invalid(walk, 'upload', 'pending', 'een bestand dat nog geüpload wordt')
  }
  return null
}

function checkNode(node: unknown, walk: Walk, parentType: string, depth: number): string | null {
  if (depth > LIMITS.depth) return `In ${walk.where}: de tekst is te diep genest (meer dan ${LIMITS.depth} niveaus).`
  walk.nodes += 1
  if (walk.nodes > LIMITS.nodes) return `De tekst bestaat uit te veel onderdelen (meer dan ${LIMITS.nodes.toLocaleString('nl-NL')}).`
  if (!isPlainObject(node)) return `In ${walk.where}: een onderdeel van de tekst heeft een onbekende vorm.`
  const type = node.type
  if (typeof type !== 'string' || !Object.hasOwn(ALLOWED_KEYS, type) || (type === 'root') !== (depth === 0)) {
    return `In ${walk.where}: het onderdeel ${quote(type)} kan de editor niet maken en is niet toegestaan (wel: ${ALLOWED_SUMMARY}).`
  }
  const unknown = definedKeys(node).find((key) => !ALLOWED_KEYS[type]!.includes(key))
  if (unknown) return `In ${walk.where}: ${labelOf(type)} heeft een onbekend kenmerk ${quote(unknown)}.`
  if (node.version !== undefined && !isInteger(node.version, 0, 100)) return invalid(walk, type, 'version', 'een versienummer')
  const stateIssue = checkNodeState(walk, type, node.$)
  if (stateIssue) return stateIssue
  if (type === 'listitem' && parentType !== 'list') return `In ${walk.where}: een lijstonderdeel staat buiten een lijst.`
  if (type === 'list' && Array.isArray(node.children) && node.children.some((child) => !isPlainObject(child) || child.type !== 'listitem')) {
    return `In ${walk.where}: een lijst mag alleen lijstonderdelen bevatten.`
  }

  let issue: string | null = null
  if (ELEMENT_TYPES.has(type)) issue = checkElement(walk, type, node)
  else if (type === 'text' || type === 'tab') issue = checkText(walk, type, node)
  if (issue) return issue

  switch (type) {
    case 'heading':
      if (!HEADING_TAGS.includes(node.tag as string)) return invalid(walk, type, 'tag', 'h1 tot en met h6')
      break
    case 'quote':
      if (node.shadowRoot !== undefined && typeof node.shadowRoot !== 'boolean') return invalid(walk, type, 'shadowRoot', 'ja of nee')
      break
    case 'list':
      if (!LIST_TYPES.includes(node.listType as string)) return invalid(walk, type, 'listType', 'bullet, number of check')
      if (node.tag !== undefined && !LIST_TAGS.includes(node.tag as string)) return invalid(walk, type, 'tag', 'ul of ol')
      if (node.start !== undefined && !isInteger(node.start, -LIMITS.listNumber, LIMITS.listNumber)) return invalid(walk, type, 'start', 'een heel getal')
      break
    case 'listitem':
      if (node.checked !== undefined && node.checked !== null && typeof node.checked !== 'boolean') return invalid(walk, type, 'checked', 'ja of nee')
      if (node.value !== undefined && !isInteger(node.value, -LIMITS.listNumber, LIMITS.listNumber)) return invalid(walk, type, 'value', 'een heel getal')
      break
    case 'link':
    case 'autolink':
      issue = checkLinkFields(walk, type, node)
      break
    case 'upload':
      issue = checkUpload(walk, node)
      break
    case 'relationship':
      if (!(LINKABLE_COLLECTIONS as readonly unknown[]).includes(node.relationTo)) {
        return `In ${walk.where}: een verwijzing kan alleen naar een pagina, aanbod, organisatie, bijeenkomst, kennisartikel of werkgroep, niet naar ${quote(node.relationTo)}.`
      }
      if (!isRelationValue(node.value)) return `In ${walk.where}: een verwijzing wijst naar een onbekend document.`
      break
  }
  if (issue) return issue
  if ((type === 'upload' || type === 'relationship') && node.format !== undefined && !ELEMENT_FORMATS.includes(node.format as string)) {
    return invalid(walk, type, 'format', 'een uitlijning')
  }

  if (Array.isArray(node.children)) {
    for (const [index, child] of node.children.entries()) {
      if (depth === 0) {
        const childType = isPlainObject(child) && typeof child.type === 'string' ? child.type : ''
        walk.where = `blok ${index + 1}${NODE_LABELS[childType] ? ` (${NODE_LABELS[childType]})` : ''}`
      }
      const childIssue = checkNode(child, walk, type, depth + 1)
      if (childIssue) return childIssue
    }
  }
  return null
}

/**
 * Null when the value is rich text the editor could have made (or empty); otherwise a Dutch
 * message naming the block and the problem.
 */
export function validateRichText(value: unknown): string | null {
  if (value === null || value === undefined) return null
  if (!isPlainObject(value)) return 'De opgemaakte tekst heeft een onbekende vorm (verwacht een tekst uit de editor).'
  const scanIssue = scanJson(value)
  if (scanIssue) return scanIssue
  const extra = definedKeys(value).find((key) => key !== 'root')
  if (extra) return `De opgemaakte tekst heeft een onbekend kenmerk ${quote(extra)}.`
  return checkNode(value.root, { nodes: 0, textChars: 0, where: 'de tekst' }, '', 0)
}
