/**
 * What the portal's rich-text editor offers (Payload's `lexicalEditor()` defaults in 3.90.1:
 * paragraph, heading, the three lists, quote, link/autolink, upload, relationship, horizontal
 * rule, alignment, indent and the bold … superscript formats; no tables, code blocks or custom
 * blocks), as data: the validator refuses everything else, the renderers emit nothing else.
 */

/** Collections a link or a relationship may point to: the ones with a page on the site. */
export const LINKABLE_COLLECTIONS = ['pages', 'offerings', 'organisations', 'events', 'articles', 'workingGroups'] as const
export type LinkableCollection = (typeof LINKABLE_COLLECTIONS)[number]

/** The site's path prefix of each linkable collection (a page's own slug follows). */
export const COLLECTION_PATHS: Readonly<Record<LinkableCollection, string>> = {
  pages: '',
  offerings: '/aanbod',
  organisations: '/organisaties',
  events: '/agenda',
  articles: '/kennis',
  workingGroups: '/werkgroepen',
}

/** Collections an upload node may show. */
export const UPLOAD_COLLECTIONS = ['media'] as const

export const ELEMENT_FORMATS: readonly string[] = ['', 'left', 'start', 'center', 'right', 'end', 'justify']
export const DIRECTIONS: readonly (string | null)[] = ['ltr', 'rtl', null]
export const HEADING_TAGS: readonly string[] = ['h1', 'h2', 'h3', 'h4', 'h5', 'h6']
export const LIST_TYPES: readonly string[] = ['bullet', 'number', 'check']
export const LIST_TAGS: readonly string[] = ['ul', 'ol']
export const TEXT_MODES: readonly string[] = ['normal', 'token', 'segmented']

/**
 * Lexical's text format flags. The editor's toolbar sets the first seven; pasted HTML can also
 * bring highlight (<mark>) and the text-transform flags, which are accepted and not shown.
 */
export const TEXT_FORMAT = {
  bold: 1,
  italic: 2,
  strikethrough: 4,
  underline: 8,
  code: 16,
  subscript: 32,
  superscript: 64,
  highlight: 128,
  lowercase: 256,
  uppercase: 512,
  capitalize: 1024,
} as const
export const MAX_TEXT_FORMAT = 2047
/** Lexical's text detail flags: directionless (1) and unmergable (2). */
export const MAX_TEXT_DETAIL = 3

/** Bounds: far above any real page, far below what hurts the server or the browser. */
export const LIMITS = {
  /** Levels of nested nodes (a list nested 20 levels deep is about 45). */
  depth: 50,
  /** Levels of JSON nesting anywhere in the value, including populated documents. */
  jsonDepth: 128,
  nodes: 20_000,
  /** Characters of visible text (a long article is 30,000). */
  textChars: 200_000,
  /** Characters of all strings together, keys included (populated documents count too). */
  totalChars: 4_000_000,
  /** Keys and array items together. */
  entries: 400_000,
  indent: 20,
  urlChars: 2048,
  styleChars: 1000,
  listNumber: 1_000_000,
} as const

/** Keys that could reach an object's prototype when a consumer merges the value. */
export const FORBIDDEN_KEYS: readonly string[] = ['__proto__', 'constructor', 'prototype']

/** Dutch names of the node types, for messages. */
export const NODE_LABELS: Readonly<Record<string, string>> = {
  root: 'tekst',
  paragraph: 'alinea',
  heading: 'kop',
  list: 'lijst',
  listitem: 'lijstonderdeel',
  quote: 'citaat',
  link: 'link',
  autolink: 'link',
  upload: 'afbeelding of bestand',
  relationship: 'verwijzing',
  horizontalrule: 'scheidingslijn',
  text: 'tekst',
  linebreak: 'regeleinde',
  tab: 'tab',
}
