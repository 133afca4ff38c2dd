/**
 * Freshness on the site: the review period comes from the site settings, read once per request
 * (cached on the request's locals) because every offering card asks for it.
 */
import type { Payload } from 'payload'
import { normaliseReviewPeriod } from '../../domain/freshness/freshness'

const cache = new WeakMap<object, Promise<number>>()

export function reviewPeriodFor(locals: App.Locals): Promise<number> {
  let period = cache.get(locals)
  if (!period) {
    const payload: Payload = locals.payload
    period = payload
      .findGlobal({ slug: 'siteSettings', depth: 0, overrideAccess: false })
      .then((settings) => normaliseReviewPeriod((settings as { reviewPeriodMonths?: number | null }).reviewPeriodMonths))
    cache.set(locals, period)
  }
  return period
}
