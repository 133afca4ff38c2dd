/**
 * Excerpts as segments of text, some marked as matching the query. Rendering segments as text
 * nodes (and marked ones in <mark>) is safe whatever the indexed content held: no HTML from the
 * index ever reaches the page as HTML.
 */

export interface ExcerptSegment {
  text: string
  marked: boolean
}

/**
 * Pagefind's excerpt as segments. Pagefind 1.x escapes only `<` and `>` of the indexed text
 * (as `&lt;` and `&gt;`, an `&` stays as it is) and puts `<mark>` around matching words. Only
 * `<mark>` and `</mark>` are treated as markup; every other character is text.
 */
export function pagefindExcerptSegments(excerpt: string): ExcerptSegment[] {
  const segments: ExcerptSegment[] = []
  let marked = false
  for (const part of excerpt.split(/(<\/?mark>)/i)) {
    if (/^<mark>$/i.test(part)) marked = true
    else if (/^<\/mark>$/i.test(part)) marked = false
    else if (part !== '') {
      const text = part.replace(/&lt;/g, '<').replace(/&gt;/g, '>')
      const last = segments[segments.length - 1]
      if (last && last.marked === marked) last.text += text
      else segments.push({ text, marked })
    }
  }
  return segments
}
