import { defineMiddleware } from 'astro:middleware'
import type { Professional } from '../payload-types'

/**
 * Who is logged in on the site: Payload checks the `payload-token` cookie (signature, expiry,
 * the account itself) and only a `professionals` account counts; a staff session from the
 * admin is not a professional. Nothing else (no header, no form field) identifies a visitor.
 */
export const onRequest = defineMiddleware(async (context, next) => {
  context.locals.professional = undefined
  const payload = context.locals.payload
  if (payload && context.cookies.has('payload-token')) {
    try {
      const { user } = await payload.auth({ headers: context.request.headers })
      if (user && user.collection === 'professionals') context.locals.professional = user as unknown as Professional
    } catch {
      // An invalid or expired token simply means: not logged in.
    }
  }
  const response = await next()
  // Account pages show personal data: never cache them in shared caches.
  if (context.locals.professional || context.url.pathname.startsWith('/account') || context.url.pathname.startsWith('/vraag-stellen')) {
    response.headers.set('Cache-Control', 'private, no-store')
  }
  return response
})
