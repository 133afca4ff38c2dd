import { z } from 'zod'
import { INVITATION_VALID_DAYS } from '../auth/tokenLifetimes'
import { escapeHtml } from '../email/escapeHtml'

/** How long the set-password link in an invitation works (see tokenLifetimes). */
export const invitationValidDays = INVITATION_VALID_DAYS

/**
 * An invitation of a colleague as partner editor. `roles` and `organisation` may be sent but
 * are checked by the server: an editor invites only editors, only for their own organisation.
 */
export const editorInvitationSchema = z.object({
  name: z.string().trim().min(2, 'Vul de naam in.').max(120, 'De naam is te lang.'),
  email: z.string().trim().toLowerCase().email('Vul een geldig e-mailadres in.'),
  organisation: z.union([z.string(), z.number()]).transform(String).optional(),
  roles: z.array(z.string()).optional(),
})
export type EditorInvitation = z.infer<typeof editorInvitationSchema>

/** Dutch error messages per field, for the form in the admin and the endpoint's answer. */
export function invitationErrors(error: z.ZodError): Record<string, string> {
  const errors: Record<string, string> = {}
  for (const issue of error.issues) {
    const field = String(issue.path[0] ?? 'form')
    errors[field] ??= issue.message
  }
  return errors
}

export interface InvitationEmailInput {
  inviteeName: string
  inviterName: string
  organisationName: string
  setPasswordUrl: string
  adminUrl: string
  networkName: string
}

export function invitationEmail(input: InvitationEmailInput): { subject: string; html: string; text: string } {
  const subject = `Uitnodiging: beheer de informatie van ${input.organisationName} op de netwerksite`
  const lines = [
    `Beste ${input.inviteeName},`,
    `${input.inviterName} nodigt u uit als redacteur van ${input.organisationName} op de website van ${input.networkName}. Als redacteur houdt u de organisatiepagina, het aanbod en de experts van uw organisatie actueel.`,
    `Kies binnen ${invitationValidDays} dagen een wachtwoord via deze link:`,
  ]
  const after = [
    `Daarna logt u in op ${input.adminUrl} met uw e-mailadres en dat wachtwoord.`,
    'Is de link verlopen? Vraag dan op de inlogpagina een nieuwe aan via "Wachtwoord vergeten".',
    'Verwachtte u deze uitnodiging niet? Dan kunt u deze e-mail negeren; zonder wachtwoord kan niemand het account gebruiken.',
  ]
  const text = [...lines, input.setPasswordUrl, '', ...after].join('\n\n')
  const html = [
    ...lines.map((line) => `<p>${escapeHtml(line)}</p>`),
    `<p><a href="${escapeHtml(input.setPasswordUrl)}">Wachtwoord instellen</a></p>`,
    `<p>Werkt de knop niet? Kopieer dan dit adres in uw browser: ${escapeHtml(input.setPasswordUrl)}</p>`,
    ...after.map((line) => `<p>${escapeHtml(line)}</p>`),
  ].join('\n')
  return { subject, html, text }
}
