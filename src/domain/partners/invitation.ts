import { z } from 'zod'
import { INVITATION_VALID_DAYS } from '../auth/tokenLifetimes'
import { escapeHtml } from '../email/escapeHtml'
import { emailDomainOf } from '../professionals/emailDomain'

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

/**
 * Whether an invited address belongs to the organisation: its domain is one of the
 * organisation's e-mail domains (or a subdomain of one: "zorg.cordaan.nl" under "cordaan.nl").
 * An organisation without domains has no address that is certainly its own.
 */
export function isOwnOrganisationAddress(email: string, domains: readonly (string | null | undefined)[] | null | undefined): boolean {
  const domain = emailDomainOf(email)
  if (!domain) return false
  return (domains ?? []).some((entry) => {
    const own = (entry ?? '').trim().toLowerCase()
    return own !== '' && (domain === own || domain.endsWith(`.${own}`))
  })
}

export const invitationStatuses = [
  { value: 'wacht-op-goedkeuring', label: 'Wacht op goedkeuring van de coördinator' },
  { value: 'goedgekeurd', label: 'Goedgekeurd (uitnodiging verstuurd)' },
  { value: 'afgewezen', label: 'Afgewezen' },
] as const
export type InvitationStatus = (typeof invitationStatuses)[number]['value']

/** undefined when the coordinator may take this decision, otherwise the Dutch reason. */
export function invitationDecisionError(from: string | null | undefined, to: string | null | undefined): string | undefined {
  if (from === to) return undefined
  if (from !== 'wacht-op-goedkeuring') return 'Over deze uitnodiging is al beslist. Nodig opnieuw uit als dat nodig is.'
  if (to !== 'goedgekeurd' && to !== 'afgewezen') return 'Kies "Goedgekeurd" of "Afgewezen".'
  return undefined
}

/** The text a pending invitation shows the inviter, and the reason recorded with it. */
export function outsideDomainMessage(email: string, organisationName: string): string {
  return `Het adres ${email} hoort niet bij de e-maildomeinen van ${organisationName}. De coördinator beoordeelt de uitnodiging eerst; u krijgt bericht zodra die beslist heeft.`
}

export function invitationToApproveEmail(input: { inviterName: string; inviteeName: string; email: string; organisationName: string; link: string }) {
  const lines = [
    `${input.inviterName} wil ${input.inviteeName} (${input.email}) uitnodigen als redacteur van ${input.organisationName}.`,
    `Dit adres hoort niet bij de e-maildomeinen van ${input.organisationName}. Keur de uitnodiging goed of wijs haar af in het beheer; pas na goedkeuring krijgt de collega een e-mail.`,
  ]
  return {
    subject: `Uitnodiging ter goedkeuring: ${input.inviteeName} voor ${input.organisationName}`,
    text: [...lines, `Uitnodiging openen: ${input.link}`].join('\n\n'),
    html: [...lines.map((line) => `<p>${escapeHtml(line)}</p>`), `<p><a href="${escapeHtml(input.link)}">Uitnodiging openen</a></p>`].join('\n'),
  }
}

export function invitationDecidedEmail(input: { inviterName: string; inviteeName: string; email: string; approved: boolean; note?: string | null }) {
  const outcome = input.approved
    ? `De coördinator heeft uw uitnodiging voor ${input.inviteeName} (${input.email}) goedgekeurd. Uw collega heeft een e-mail gekregen met een link om een wachtwoord te kiezen.`
    : `De coördinator heeft uw uitnodiging voor ${input.inviteeName} (${input.email}) niet goedgekeurd. Er is geen account aangemaakt.`
  const lines = [`Beste ${input.inviterName},`, outcome, ...(input.note?.trim() ? [`Toelichting: ${input.note.trim()}`] : [])]
  return {
    subject: input.approved ? `Uitnodiging goedgekeurd: ${input.inviteeName}` : `Uitnodiging niet goedgekeurd: ${input.inviteeName}`,
    text: lines.join('\n\n'),
    html: lines.map((line) => `<p>${escapeHtml(line)}</p>`).join('\n'),
  }
}
