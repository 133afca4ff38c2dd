import type { Payload } from 'payload'

/**
 * Queues the newsletter's minute job (planned editions, stalled campaigns, expired sign-ups).
 * Started once, by the server process that runs the job queue; returns a function to stop it.
 */
export function startNewsletterHeartbeat(payload: Payload, everyMs = 60_000): () => void {
  const tick = () =>
    void payload.jobs.queue({ task: 'newsletterHeartbeat', input: {} }).catch((error: unknown) => {
      payload.logger.error({ err: error, msg: 'Nieuwsbrief: minuuttaak kon niet in de rij' })
    })
  tick()
  const timer = setInterval(tick, everyMs)
  timer.unref()
  return () => clearInterval(timer)
}
