/**
 * Plain text of Lexical rich text (as Payload stores it), for the search index. Block nodes
 * (paragraphs, headings, list items, quotes) end with a line break so words of adjacent blocks
 * never run together; inline nodes (text, links) are joined as they are. Unknown node types
 * contribute the text of their children, so a new block type is still searchable.
 */

interface LexicalNode {
  type?: unknown
  text?: unknown
  children?: unknown
}

const BLOCK_TYPES = new Set(['root', 'paragraph', 'heading', 'quote', 'list', 'listitem', 'tablerow', 'tablecell', 'table', 'code'])

function isNode(value: unknown): value is LexicalNode {
  return typeof value === 'object' && value !== null
}

function collect(node: LexicalNode, parts: string[]): void {
  if (node.type === 'linebreak') {
    parts.push('\n')
    return
  }
  if (node.type === 'tab') {
    parts.push(' ')
    return
  }
  if (typeof node.text === 'string') parts.push(node.text)
  if (Array.isArray(node.children)) {
    for (const child of node.children) if (isNode(child)) collect(child, parts)
  }
  if (typeof node.type === 'string' && BLOCK_TYPES.has(node.type)) parts.push('\n')
}

/** The text of a rich-text value, whitespace-normalised; '' for anything that is not rich text. */
export function lexicalToPlainText(value: unknown): string {
  if (!isNode(value) || !isNode((value as { root?: unknown }).root)) return ''
  const parts: string[] = []
  collect((value as { root: LexicalNode }).root, parts)
  return parts
    .join('')
    .split('\n')
    .map((line) => line.replace(/\s+/g, ' ').trim())
    .filter((line) => line !== '')
    .join('\n')
}
