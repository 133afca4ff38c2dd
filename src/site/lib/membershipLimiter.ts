import { createRateLimiter } from './rateLimit'

/** Ten posts of the membership form per address per quarter of an hour: plenty for a person correcting errors. */
export const membershipApplicationLimiter = createRateLimiter({ limit: 10, windowMs: 15 * 60 * 1000 })
