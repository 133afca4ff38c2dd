import { personalise } from '../../../domain/newsletter/emailTemplate'
import { subscriberLinks } from '../../../domain/newsletter/tokens'
import { serverUrl } from '../../../env'
import { loadEdition, renderEdition } from '../render'
import { authorisedEndpoint, coordinatorsOnly, endpointError } from '../../shared/endpoints'

/**
 * GET /api/newsletters/:id/voorbeeld: the edition exactly as a subscriber receives it, rendered
 * now (HTML; `?formaat=tekst` for the plain-text part). For coordinators only; the admin's
 * "Voorbeeld" button opens it.
 */
export const newsletterPreview = authorisedEndpoint({
  path: '/:id/voorbeeld',
  method: 'get',
  ...coordinatorsOnly,
  loginFirst: 'Log in via /admin om het voorbeeld te zien.',
  handler: async (req) => {
    const id = String(req.routeParams?.id ?? '')
    let edition
    try {
      edition = await loadEdition(req.payload, id, req)
    } catch {
      return endpointError(404, 'Deze nieuwsbrief bestaat niet.')
    }
    const rendered = await renderEdition(req.payload, edition, { req })
    const links = subscriberLinks(req.payload.secret, serverUrl, 'voorbeeld')
    const asText = new URL(req.url ?? '', serverUrl).searchParams.get('formaat') === 'tekst'
    return asText
      ? new Response(`Onderwerp: ${rendered.subject}\n\n${personalise(rendered.text, links, false)}`, { headers: { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' } })
      : new Response(personalise(rendered.html, links, true), { headers: { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' } })
  },
})
