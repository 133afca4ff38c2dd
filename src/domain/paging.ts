/**
 * Paging, the same everywhere a list is longer than one page: the page a URL asks for
 * (`pagina`, from 1), what one page of a known total holds, the page links to show, and reading
 * a whole collection page by page. A list is either paged with its true total or read whole
 * (collectPages): never cut off at a number nobody sees.
 */

/** The GET parameter of the page number (Dutch, stable: shared links depend on it). */
export const PAGE_PARAM = 'pagina'
/** Any page number a real list can have; larger numbers are not page numbers. */
export const MAX_PAGE = 999_999

export interface PageInfo {
  page: number
  pageCount: number
  pageSize: number
  total: number
  /** 1-based positions of the first and last item shown; 0 when there are none. */
  from: number
  to: number
}

/** A whole number within [min, max] from a number or a parameter (bounded before the pattern), or undefined. */
export function wholeNumberParam(value: unknown, min: number, max: number): number | undefined {
  let number: number
  if (typeof value === 'number') number = value
  else if (typeof value === 'string' && value.length <= 20 && /^\s*\d{1,6}\s*$/.test(value)) number = Number.parseInt(value, 10)
  else return undefined
  return Number.isInteger(number) && number >= min && number <= max ? number : undefined
}

/** The page a URL asks for: 1 when absent or not a page number (a page past the end shows the last). */
export function pageFromParams(params: URLSearchParams): number {
  return wholeNumberParam(params.get(PAGE_PARAM) ?? undefined, 1, MAX_PAGE) ?? 1
}

/** Where one page of `total` items starts and ends; a page beyond the last is the last page. */
export function pageInfo(total: number, page: number, pageSize: number): PageInfo {
  const size = Math.max(1, Math.floor(pageSize))
  const pageCount = Math.max(1, Math.ceil(total / size))
  const current = Math.min(Math.max(1, Math.floor(page) || 1), pageCount)
  const start = (current - 1) * size
  const to = Math.min(total, start + size)
  return { page: current, pageCount, pageSize: size, total, from: to > start ? start + 1 : 0, to }
}

/** One page of a list held in memory. */
export function paginate<T>(items: readonly T[], page: number, pageSize: number): { items: T[]; info: PageInfo } {
  const info = pageInfo(items.length, page, pageSize)
  return { items: items.slice(info.from ? info.from - 1 : 0, info.to), info }
}

/** The page numbers to link to: first, last and a window around the current one (0 = gap). */
export function pageLinks(page: number, pageCount: number, around = 1): number[] {
  const pages: number[] = []
  for (let number = 1; number <= pageCount; number++) {
    if (number === 1 || number === pageCount || Math.abs(number - page) <= around) pages.push(number)
    else if (pages.at(-1) !== 0) pages.push(0)
  }
  return pages
}

/**
 * Every item of a source read one page at a time, in the source's (stable) order, until a page
 * says there is no next one. Holding a whole collection is the caller's choice, made with a
 * reason; the page size bounds each single read.
 */
export async function collectPages<T>(readPage: (page: number) => Promise<{ docs: readonly T[]; hasNextPage: boolean }>): Promise<T[]> {
  const all: T[] = []
  for (let page = 1; ; page++) {
    const { docs, hasNextPage } = await readPage(page)
    all.push(...docs)
    if (!hasNextPage || docs.length === 0) return all
  }
}
