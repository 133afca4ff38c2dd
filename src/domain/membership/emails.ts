/**
 * The emails of the membership procedure, in Dutch, as subject and HTML (the queue derives the
 * plain-text part). Pure: the CMS hooks decide when to send and pass everything in.
 * Dates are stored in UTC and written out in Europe/Amsterdam time.
 */
import { labelOf, networks as networkOptions } from '../vocabulary'

export interface EmailContent {
  subject: string
  html: string
}

export interface ApplicationSummary {
  id: string
  organisationName: string
  contactName: string
  networks: readonly string[]
}

export interface EventDetails {
  title: string
  startsAt: string
  location?: string | null
  online?: boolean
}

const dateTime = new Intl.DateTimeFormat('nl-NL', { timeZone: 'Europe/Amsterdam', dateStyle: 'full', timeStyle: 'short' })

/** "maandag 7 december 2026 om 14:00". */
export function formatAmsterdamDateTime(value: string | Date): string {
  return dateTime.format(new Date(value))
}

export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (char) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[char] ?? char)
}

function paragraphs(text: string): string {
  return text
    .split(/\n{2,}/)
    .map((part) => `<p>${escapeHtml(part.trim()).replace(/\n/g, '<br>')}</p>`)
    .join('\n')
}

function networkNames(values: readonly string[]): string {
  return values.map((value) => labelOf(networkOptions, value)).join(' en ')
}

function greeting(application: ApplicationSummary): string {
  return `<p>Beste ${escapeHtml(application.contactName)},</p>`
}

const closing = '<p>Met vriendelijke groet,<br>de coördinator van het expertisenetwerk</p>'

export function applicationReceivedEmail(application: ApplicationSummary, siteUrl: string): EmailContent {
  return {
    subject: `We hebben de aanvraag van ${application.organisationName} ontvangen`,
    html: [
      greeting(application),
      `<p>Dank je wel voor de aanvraag van <strong>${escapeHtml(application.organisationName)}</strong> om lid te worden van ${escapeHtml(networkNames(application.networks))}.</p>`,
      '<p>Zo gaat het verder:</p>',
      '<ol>',
      '<li>De coördinator neemt contact met je op. Je kunt eerst als aspirant-lid kennismaken: je woont dan zonder kosten één platformoverleg en één netwerkbijeenkomst bij.</li>',
      '<li>Het platform bespreekt je aanvraag in het eerstvolgende platformoverleg.</li>',
      '<li>Je hebt een kennismakingsgesprek met de coördinator en een platformlid.</li>',
      '<li>Het platform krijgt een advies en neemt een besluit. Je hoort het besluit van ons.</li>',
      '</ol>',
      `<p>Meer over lid worden: <a href="${escapeHtml(siteUrl)}/lid-worden">${escapeHtml(siteUrl)}/lid-worden</a>.</p>`,
      closing,
    ].join('\n'),
  }
}

export function coordinatorNotificationEmail(application: ApplicationSummary & { motivation: string }, adminUrl: string): EmailContent {
  return {
    subject: `Nieuwe lidmaatschapsaanvraag: ${application.organisationName}`,
    html: [
      '<p>Er is een nieuwe aanvraag voor lidmaatschap binnengekomen.</p>',
      '<ul>',
      `<li>Organisatie: ${escapeHtml(application.organisationName)}</li>`,
      `<li>Netwerk: ${escapeHtml(networkNames(application.networks))}</li>`,
      `<li>Contactpersoon: ${escapeHtml(application.contactName)}</li>`,
      '</ul>',
      '<p>Motivatie:</p>',
      paragraphs(application.motivation),
      `<p>Bekijk en behandel de aanvraag in het beheer: <a href="${escapeHtml(adminUrl)}">${escapeHtml(adminUrl)}</a>.</p>`,
    ].join('\n'),
  }
}

function eventList(events: readonly EventDetails[]): string {
  if (events.length === 0) {
    return '<p>De coördinator laat je weten wanneer het eerstvolgende platformoverleg en de eerstvolgende netwerkbijeenkomst zijn.</p>'
  }
  const items = events.map((event) => {
    const where = event.location ? `, ${escapeHtml(event.location)}` : event.online ? ', online' : ''
    return `<li><strong>${escapeHtml(event.title)}</strong>: ${escapeHtml(formatAmsterdamDateTime(event.startsAt))}${where}</li>`
  })
  return ['<p>Je bent welkom op:</p>', '<ul>', ...items, '</ul>'].join('\n')
}

export function aspirantInvitationEmail(application: ApplicationSummary, events: readonly EventDetails[]): EmailContent {
  return {
    subject: `Welkom als aspirant-lid: ${application.organisationName}`,
    html: [
      greeting(application),
      `<p>${escapeHtml(application.organisationName)} is nu aspirant-lid van ${escapeHtml(networkNames(application.networks))}. Als aspirant-lid kun je zonder kosten één platformoverleg en één netwerkbijeenkomst bijwonen. Zo zie je of het netwerk bij je organisatie past.</p>`,
      eventList(events),
      '<p>Na deze kennismaking bespreekt het platform je aanvraag.</p>',
      closing,
    ].join('\n'),
  }
}

export function introductionMeetingEmail(application: ApplicationSummary, meetingAt: string, rescheduled: boolean): EmailContent {
  const when = formatAmsterdamDateTime(meetingAt)
  return {
    subject: rescheduled
      ? `Nieuwe datum voor het kennismakingsgesprek: ${when}`
      : `Uitnodiging kennismakingsgesprek: ${when}`,
    html: [
      greeting(application),
      rescheduled
        ? `<p>Het kennismakingsgesprek over de aanvraag van ${escapeHtml(application.organisationName)} is verplaatst naar <strong>${escapeHtml(when)}</strong>.</p>`
        : `<p>Het platform heeft de aanvraag van ${escapeHtml(application.organisationName)} besproken. We nodigen je uit voor een kennismakingsgesprek met de coördinator en een platformlid op <strong>${escapeHtml(when)}</strong>.</p>`,
      '<p>In het gesprek maken we kennis en praten we over de kwaliteit van jullie hulp, wat we van elkaar verwachten, afspraken over meedoen en vervanging, de link naar de website van het netwerk en de jaarlijkse bijdrage.</p>',
      '<p>Past het moment niet? Antwoord dan op deze e-mail.</p>',
      closing,
    ].join('\n'),
  }
}

export function admittedEmail(application: ApplicationSummary, reasons: string): EmailContent {
  return {
    subject: `${application.organisationName} is toegelaten als lid`,
    html: [
      greeting(application),
      `<p>Het platform heeft besloten ${escapeHtml(application.organisationName)} toe te laten als lid van ${escapeHtml(networkNames(application.networks))}. Welkom!</p>`,
      paragraphs(reasons),
      '<p>De volgende stappen: je ondertekent het convenant, je plaatst op de eigen website een link naar de website van het netwerk en je ontvangt de factuur voor de jaarlijkse bijdrage. Je krijgt ook een aparte e-mail om je account voor de website aan te maken, waarmee je de pagina van je organisatie actueel houdt.</p>',
      closing,
    ].join('\n'),
  }
}

export function rejectedEmail(application: ApplicationSummary, reasons: string): EmailContent {
  return {
    subject: `Besluit over de aanvraag van ${application.organisationName}`,
    html: [
      greeting(application),
      `<p>Het platform heeft je aanvraag voor lidmaatschap van ${escapeHtml(networkNames(application.networks))} besproken en besloten ${escapeHtml(application.organisationName)} op dit moment niet toe te laten.</p>`,
      '<p>De motivering:</p>',
      paragraphs(reasons),
      '<p>Heb je vragen over dit besluit? Antwoord dan op deze e-mail.</p>',
      closing,
    ].join('\n'),
  }
}

export function withdrawnEmail(application: ApplicationSummary): EmailContent {
  return {
    subject: `Aanvraag van ${application.organisationName} ingetrokken`,
    html: [
      greeting(application),
      `<p>We hebben de aanvraag van ${escapeHtml(application.organisationName)} voor lidmaatschap als ingetrokken geregistreerd. We bewaren je gegevens niet langer dan nodig voor deze procedure.</p>`,
      '<p>Wil je later toch lid worden? Dan ben je van harte welkom om opnieuw een aanvraag te doen.</p>',
      closing,
    ].join('\n'),
  }
}

export function editorInvitationEmail(
  person: { name: string },
  organisationName: string,
  links: { setPassword: string; login: string },
  validDays: number,
): EmailContent {
  return {
    subject: `Je account voor de pagina van ${organisationName}`,
    html: [
      `<p>Beste ${escapeHtml(person.name)},</p>`,
      `<p>Als lid houdt ${escapeHtml(organisationName)} zelf de informatie over de organisatie, het aanbod en de experts op de website van het netwerk actueel. Daarvoor is er een account voor je aangemaakt.</p>`,
      `<p>Kies eerst een wachtwoord via deze link (${validDays} dagen geldig):<br><a href="${escapeHtml(links.setPassword)}">${escapeHtml(links.setPassword)}</a></p>`,
      `<p>Daarna log je in op <a href="${escapeHtml(links.login)}">${escapeHtml(links.login)}</a> met je e-mailadres en het gekozen wachtwoord.</p>`,
      '<p>Is de link verlopen? Vraag dan op de inlogpagina een nieuwe aan via "Wachtwoord vergeten".</p>',
      closing,
    ].join('\n'),
  }
}
