import type { Payload, PayloadRequest } from 'payload'

/** The coordinator's email address of a network (site settings), or undefined when not set. */
export async function coordinatorEmail(payload: Payload, network: string | null | undefined, req?: PayloadRequest): Promise<string | undefined> {
  const settings = await payload.findGlobal({ slug: 'siteSettings', overrideAccess: true, depth: 0, req })
  const own = network === 'jeugd' || network === 'volwassenen' ? settings[network]?.coordinator?.email : undefined
  return own || settings.jeugd?.coordinator?.email || settings.volwassenen?.coordinator?.email || undefined
}
