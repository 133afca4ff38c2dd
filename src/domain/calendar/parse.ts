/**
 * A small iCalendar reader: enough to check what `buildCalendar` writes (tests) and to read an
 * `.ics` attachment back. Unfolds lines, splits name, parameters and value, unescapes TEXT.
 */

export interface ICalProperty {
  name: string
  params: Record<string, string>
  value: string
}

export interface ICalComponent {
  name: string
  properties: ICalProperty[]
  components: ICalComponent[]
}

/** Undoes `escapeText`: \n, \, \; \\ back to their characters. */
export function unescapeText(value: string): string {
  return value.replace(/\\([\\;,nN])/g, (_, char: string) => (char === 'n' || char === 'N' ? '\n' : char))
}

/** Joins folded lines (CRLF followed by a space or tab) and splits into content lines. */
export function unfold(text: string): string[] {
  return text
    .replace(/\r\n[ \t]/g, '')
    .split(/\r\n/)
    .filter((line) => line !== '')
}

function parseLine(line: string): ICalProperty {
  // The value starts at the first colon outside a quoted parameter value.
  let inQuotes = false
  let colon = -1
  for (let index = 0; index < line.length; index++) {
    const char = line[index]
    if (char === '"') inQuotes = !inQuotes
    else if (char === ':' && !inQuotes) {
      colon = index
      break
    }
  }
  if (colon < 0) throw new Error(`Ongeldige regel in iCalendar: ${line}`)
  const [name, ...rawParams] = line.slice(0, colon).split(';')
  const params: Record<string, string> = {}
  for (const param of rawParams) {
    const [key, ...rest] = param.split('=')
    params[key.toUpperCase()] = rest.join('=').replace(/^"|"$/g, '')
  }
  return { name: name.toUpperCase(), params, value: line.slice(colon + 1) }
}

/** Parses a whole iCalendar text into its component tree; throws when BEGIN/END do not match. */
export function parseICalendar(text: string): ICalComponent {
  const root: ICalComponent = { name: '', properties: [], components: [] }
  const stack: ICalComponent[] = [root]
  for (const line of unfold(text)) {
    const property = parseLine(line)
    const current = stack[stack.length - 1]
    if (property.name === 'BEGIN') {
      const component: ICalComponent = { name: property.value.toUpperCase(), properties: [], components: [] }
      current.components.push(component)
      stack.push(component)
    } else if (property.name === 'END') {
      if (current.name !== property.value.toUpperCase()) throw new Error(`END:${property.value} sluit ${current.name || 'niets'} af`)
      stack.pop()
    } else {
      current.properties.push(property)
    }
  }
  if (stack.length !== 1 || root.components.length !== 1) throw new Error('Onvolledige iCalendar: BEGIN zonder END')
  return root.components[0]
}

/** The value of the first property with this name, unescaped, or undefined. */
export function propertyValue(component: ICalComponent, name: string): string | undefined {
  const property = component.properties.find((candidate) => candidate.name === name.toUpperCase())
  return property ? unescapeText(property.value) : undefined
}
