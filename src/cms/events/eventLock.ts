/**
 * One change at a time per event inside this process: the portal runs as one process, so
 * registrations and cancellations for the same event queue up here instead of racing for the
 * last place. (Across processes the re-count after each registration still catches a double
 * booking; see registrationService.ts.)
 */
const tails = new Map<string, Promise<unknown>>()

export async function withEventLock<T>(eventId: string, work: () => Promise<T>): Promise<T> {
  const previous = tails.get(eventId) ?? Promise.resolve()
  const run = previous.catch(() => undefined).then(work)
  const tail = run.catch(() => undefined)
  tails.set(eventId, tail)
  try {
    return await run
  } finally {
    // Forget the event when nothing else queued behind this change.
    if (tails.get(eventId) === tail) tails.delete(eventId)
  }
}
