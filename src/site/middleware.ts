import { defineMiddleware } from 'astro:middleware'
import { professionalFromSession } from './lib/session'

/**
 * Who is logged in on the site: the `payload-token` cookie, checked by Payload (signature,
 * expiry, the account itself); only a `professionals` account counts, a staff session from the
 * admin is not a professional. Nothing else (no header, no form field) identifies a visitor.
 */
export const onRequest = defineMiddleware(async (context, next) => {
  const payload = context.locals.payload
  context.locals.professional = payload
    ? await professionalFromSession(payload, context.cookies, context.request, context.url)
    : undefined
  const response = await next()
  // Account pages show personal data: never cache them in shared caches.
  if (context.locals.professional || context.url.pathname.startsWith('/account') || context.url.pathname.startsWith('/vraag-stellen')) {
    response.headers.set('Cache-Control', 'private, no-store')
  }
  return response
})
