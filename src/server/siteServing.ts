import type http from 'node:http'
import type { ContentVersion } from '../domain/contentVersion'
import { closeStepViewCounter, currentStepViewCounter, parseStepViewKey } from '../domain/routeMaps/stepViewCounter'
import type { CaptureResponse } from './captureResponse'
import { createLimiter } from './concurrency'
import { PageCache } from './pageCache'
import { createSiteResponder } from './siteResponder'

function numberFromEnv(name: string, fallback: number): number {
  const value = Number(process.env[name])
  return Number.isFinite(value) && value > 0 ? value : fallback
}

/**
 * How the site is served (see siteResponder.ts), configured from the environment:
 * PAGE_CACHE=off renders every request (to measure rendering, as the benchmark does);
 * PAGE_CACHE_MB bounds the cache (default 64); SITE_MAX_RENDERS renders run at once (default
 * 8), SITE_MAX_QUEUED wait (default 256) for at most SITE_MAX_WAIT_MS (default 10,000); past
 * that the site answers 503 with Retry-After.
 */
export function createSiteServing({
  render,
  contentVersion,
}: {
  render: (req: http.IncomingMessage, res: CaptureResponse) => Promise<void>
  contentVersion: ContentVersion
}) {
  const cache =
    process.env.PAGE_CACHE === 'off'
      ? undefined
      : new PageCache({ maxBytes: numberFromEnv('PAGE_CACHE_MB', 64) * 1024 * 1024, maxAgeMs: 60_000 })
  const limiter = createLimiter({
    maxActive: numberFromEnv('SITE_MAX_RENDERS', 8),
    maxQueued: numberFromEnv('SITE_MAX_QUEUED', 256),
    maxWaitMs: numberFromEnv('SITE_MAX_WAIT_MS', 10_000),
  })
  const respond = createSiteResponder({
    render,
    contentVersion,
    cache,
    limiter,
    // A routekaart step served from the cache is still a view of that step.
    onReplay: (value) => {
      if (parseStepViewKey(value)) currentStepViewCounter()?.add(value)
    },
  })
  return {
    respond,
    cache,
    limiter,
    /** Writes the view counts still in memory; call before the database closes. */
    close: () => closeStepViewCounter(),
  }
}
