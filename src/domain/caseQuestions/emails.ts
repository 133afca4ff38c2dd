/**
 * The Dutch emails of the case-question workflow and of professional accounts, as pure
 * functions returning subject, HTML and text. Callers pass absolute links; no case content
 * beyond the reference goes into an email (email is not a safe place for case details), except
 * to staff who are assigned anyway, and then only the link to the admin.
 */

export interface EmailContent {
  subject: string
  html: string
  text: string
}

export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (char) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[char] ?? char)
}

function email(subject: string, paragraphs: string[], link?: { href: string; label: string }): EmailContent {
  const html = [
    ...paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`),
    ...(link ? [`<p><a href="${escapeHtml(link.href)}">${escapeHtml(link.label)}</a></p>`] : []),
    '<p>Met vriendelijke groet,<br>Expertisenetwerk (L)VB Amsterdam</p>',
  ].join('\n')
  const text = [...paragraphs, ...(link ? [`${link.label}: ${link.href}`] : []), 'Met vriendelijke groet,\nExpertisenetwerk (L)VB Amsterdam'].join('\n\n')
  return { subject, html, text }
}

// ---------------------------------------------------------------------------------------------
// Professional accounts

export function verifyAccountEmail(name: string, link: string): EmailContent {
  return email(
    'Bevestig je e-mailadres',
    [`Beste ${name},`, 'Je hebt een account aangemaakt op de website van het Expertisenetwerk (L)VB Amsterdam. Bevestig je e-mailadres met de link hieronder.', 'Heb je geen account aangemaakt? Dan kun je deze e-mail negeren.'],
    { href: link, label: 'E-mailadres bevestigen' },
  )
}

export function resetPasswordEmail(name: string, link: string): EmailContent {
  return email(
    'Nieuw wachtwoord instellen',
    [`Beste ${name},`, 'Je hebt gevraagd om een nieuw wachtwoord. Stel het in met de link hieronder; de link is een uur geldig.', 'Heb je dit niet gevraagd? Dan kun je deze e-mail negeren: je wachtwoord blijft hetzelfde.'],
    { href: link, label: 'Nieuw wachtwoord instellen' },
  )
}

export function accountApprovedEmail(name: string, link: string): EmailContent {
  return email(
    'Je account is goedgekeurd',
    [`Beste ${name},`, 'Je account is goedgekeurd. Je kunt nu inloggen en een casusvraag stellen aan het netwerk.'],
    { href: link, label: 'Een vraag stellen' },
  )
}

export function accountWaitingEmail(name: string): EmailContent {
  return email('Je account wacht op goedkeuring', [
    `Beste ${name},`,
    'Bedankt voor het bevestigen van je e-mailadres. Je e-maildomein hoort niet bij een lidorganisatie van het netwerk, dus de coördinator beoordeelt je aanmelding. Je krijgt bericht zodra je account is goedgekeurd.',
  ])
}

export function accountRejectedEmail(name: string): EmailContent {
  return email('Je account is niet goedgekeurd', [
    `Beste ${name},`,
    'De coördinator heeft je account niet goedgekeurd: vragen aan het netwerk zijn alleen voor professionals die met deze doelgroep werken. Denk je dat dit niet klopt? Neem dan contact op met de coördinator via de contactpagina.',
  ])
}

export function accountToApproveEmail(name: string, organisation: string, link: string): EmailContent {
  return email(
    'Nieuwe professional wacht op goedkeuring',
    [`${name} (${organisation}) heeft een account aangemaakt en het e-mailadres bevestigd. Het domein hoort niet bij een lidorganisatie: keur het account goed of wijs het af.`],
    { href: link, label: 'Account bekijken in het beheer' },
  )
}

// ---------------------------------------------------------------------------------------------
// Case questions

export function questionReceivedEmail(name: string, reference: string, link: string): EmailContent {
  return email(
    `Je vraag is ontvangen (${reference})`,
    [
      `Beste ${name},`,
      `Je casusvraag is ontvangen onder kenmerk ${reference}. De coördinator bekijkt de vraag binnen vijf werkdagen en laat je weten wat de volgende stap is.`,
      'Je kunt de status van je vraag volgen op je accountpagina.',
    ],
    { href: link, label: 'Naar mijn vragen' },
  )
}

export function newQuestionForCoordinatorEmail(reference: string, urgent: boolean, link: string): EmailContent {
  return email(
    `${urgent ? 'Urgente n' : 'N'}ieuwe casusvraag ${reference}`,
    [`Er is een nieuwe casusvraag binnengekomen (${reference})${urgent ? ', met hoge urgentie' : ''}. Bekijk de vraag in het beheer.`],
    { href: link, label: 'Casusvraag openen' },
  )
}

export function questionAssignedEmail(name: string, reference: string, role: 'platformlid' | 'expert', link: string): EmailContent {
  const what =
    role === 'platformlid'
      ? 'De coördinator heeft een casusvraag aan je doorgezet. Wil je een expert van je organisatie koppelen?'
      : 'Je bent als expert gekoppeld aan een casusvraag. Wil je contact opnemen met de vrager en je advies vastleggen in het beheer?'
  return email(`Casusvraag ${reference} voor jou`, [`Beste ${name},`, what], { href: link, label: 'Casusvraag openen' })
}

export function adviceCompleteEmail(reference: string, link: string): EmailContent {
  return email(
    `Advies bij casusvraag ${reference} is compleet`,
    [
      `De expert heeft het advies bij casusvraag ${reference} als compleet gemarkeerd.`,
      'Lees het na en geef het vrij aan de vrager (Stand van het advies: "Vrijgegeven aan de vrager"). Pas dan krijgt de vrager bericht en ziet die het advies op de accountpagina.',
    ],
    { href: link, label: 'Casusvraag openen' },
  )
}

export function questionAnsweredEmail(name: string, reference: string, statusLabel: string, link: string): EmailContent {
  return email(
    `Antwoord op je vraag ${reference}`,
    [`Beste ${name},`, `Er is nieuws over je casusvraag ${reference}: ${statusLabel.toLowerCase()}. Lees het op je accountpagina (log in als dat gevraagd wordt).`],
    { href: link, label: 'Naar mijn vragen' },
  )
}

export interface ReminderLine {
  reference: string
  what: string
  link: string
}

export function caseRemindersEmail(lines: ReminderLine[]): EmailContent {
  const subject = `Casusvragen: ${lines.length} ${lines.length === 1 ? 'termijn verloopt' : 'termijnen verlopen'} of ${lines.length === 1 ? 'is' : 'zijn'} verlopen`
  const html = [
    '<p>Deze casusvragen hebben een termijn die vandaag verloopt of al verlopen is:</p>',
    '<ul>',
    ...lines.map((l) => `<li><a href="${escapeHtml(l.link)}">${escapeHtml(l.reference)}</a>: ${escapeHtml(l.what)}</li>`),
    '</ul>',
    '<p>Met vriendelijke groet,<br>Expertisenetwerk (L)VB Amsterdam</p>',
  ].join('\n')
  const text = [
    'Deze casusvragen hebben een termijn die vandaag verloopt of al verlopen is:',
    ...lines.map((l) => `- ${l.reference}: ${l.what} (${l.link})`),
    'Met vriendelijke groet,\nExpertisenetwerk (L)VB Amsterdam',
  ].join('\n')
  return { subject, html, text }
}
