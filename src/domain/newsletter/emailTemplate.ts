import { htmlToText } from '../email/htmlToText'

/**
 * The newsletter as an email: a table-based layout with inline styles (what Outlook and Gmail
 * render reliably), a plain-text part, and a link to the web version. Rendered once per
 * campaign with placeholders for each subscriber's own links, which `personalise` fills in per
 * recipient, so 10,000 recipients cost 10,000 string replacements, not 10,000 renders.
 */

export const PLACEHOLDERS = {
  unsubscribeUrl: '%%AFMELDEN_URL%%',
  preferencesUrl: '%%VOORKEUREN_URL%%',
} as const

export interface SectionItem {
  title: string
  url: string
  /** A short line under the title: a date, an organisation. */
  meta?: string
  summary?: string
}

export interface Section {
  heading: string
  items: SectionItem[]
  /** Shown when there are no items, e.g. "Er staan geen bijeenkomsten gepland." */
  emptyText?: string
}

export interface NewsletterEmailModel {
  siteName: string
  siteUrl: string
  title: string
  intro?: string | null
  /** The rich-text body as email-safe HTML (see the CMS renderer), or ''. */
  bodyHtml: string
  sections: Section[]
  webUrl: string
  /** e.g. "Jeugd (L)VB Amsterdam en LVB18+" */
  networksLabel: string
}

export function escapeHtml(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;')
}

const font = "font-family:Arial,Helvetica,sans-serif;"
const colours = { brand: '#1d4f73', text: '#1a1a1a', muted: '#555555', line: '#d9e2ea', background: '#f3f6f8' }

function sectionHtml(section: Section): string {
  const items = section.items.length
    ? section.items
        .map(
          (item) => `<tr><td style="padding:0 0 16px 0;${font}">
<a href="${escapeHtml(item.url)}" style="color:${colours.brand};font-size:17px;font-weight:bold;text-decoration:underline;">${escapeHtml(item.title)}</a>
${item.meta ? `<div style="color:${colours.muted};font-size:14px;line-height:20px;padding-top:2px;">${escapeHtml(item.meta)}</div>` : ''}
${item.summary ? `<div style="color:${colours.text};font-size:15px;line-height:22px;padding-top:4px;">${escapeHtml(item.summary)}</div>` : ''}
</td></tr>`,
        )
        .join('\n')
    : `<tr><td style="padding:0 0 16px 0;color:${colours.muted};font-size:15px;${font}">${escapeHtml(section.emptyText ?? 'Op dit moment niets te melden.')}</td></tr>`
  return `<tr><td style="padding:8px 32px 8px 32px;">
<h2 style="margin:0 0 12px 0;color:${colours.brand};font-size:20px;line-height:26px;${font}border-top:1px solid ${colours.line};padding-top:16px;">${escapeHtml(section.heading)}</h2>
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0">${items}</table>
</td></tr>`
}

function sectionText(section: Section): string {
  const lines = section.items.length
    ? section.items.map((item) => [`- ${item.title}`, item.meta ? `  ${item.meta}` : '', item.summary ? `  ${item.summary}` : '', `  ${item.url}`].filter(Boolean).join('\n'))
    : [section.emptyText ?? 'Op dit moment niets te melden.']
  return `${section.heading.toUpperCase()}\n\n${lines.join('\n\n')}`
}

/** The HTML and text of the email, with the personal links as placeholders. */
export function renderNewsletterEmail(model: NewsletterEmailModel): { html: string; text: string } {
  const siteUrl = model.siteUrl.replace(/\/$/, '')
  const intro = model.intro?.trim()
  const html = `<!doctype html>
<html lang="nl">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="x-apple-disable-message-reformatting">
<title>${escapeHtml(model.title)}</title>
</head>
<body style="margin:0;padding:0;background-color:${colours.background};">
${intro ? `<div style="display:none;max-height:0;overflow:hidden;mso-hide:all;">${escapeHtml(intro.slice(0, 140))}</div>` : ''}
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" style="background-color:${colours.background};">
<tr><td align="center" style="padding:16px 8px;">
<table role="presentation" width="600" cellpadding="0" cellspacing="0" border="0" style="width:100%;max-width:600px;background-color:#ffffff;border:1px solid ${colours.line};">
<tr><td style="padding:12px 32px;${font}font-size:13px;color:${colours.muted};text-align:right;">
<a href="${escapeHtml(model.webUrl)}" style="color:${colours.muted};text-decoration:underline;">Bekijk deze nieuwsbrief in je browser</a>
</td></tr>
<tr><td style="padding:16px 32px;background-color:${colours.brand};">
<table role="presentation" cellpadding="0" cellspacing="0" border="0"><tr>
<td style="padding-right:12px;"><img src="${escapeHtml(siteUrl)}/favicon.svg" width="40" height="40" alt="Logo ${escapeHtml(model.siteName)}" style="display:block;border:0;"></td>
<td style="${font}color:#ffffff;font-size:18px;font-weight:bold;">${escapeHtml(model.siteName)}<br><span style="font-size:14px;font-weight:normal;">Nieuwsbrief ${escapeHtml(model.networksLabel)}</span></td>
</tr></table>
</td></tr>
<tr><td style="padding:24px 32px 8px 32px;">
<h1 style="margin:0;color:${colours.text};font-size:26px;line-height:32px;${font}">${escapeHtml(model.title)}</h1>
${intro ? `<p style="margin:12px 0 0 0;color:${colours.text};font-size:17px;line-height:26px;${font}">${escapeHtml(intro)}</p>` : ''}
</td></tr>
${model.bodyHtml ? `<tr><td style="padding:8px 32px 8px 32px;color:${colours.text};font-size:16px;line-height:24px;${font}">${model.bodyHtml}</td></tr>` : ''}
${model.sections.map(sectionHtml).join('\n')}
<tr><td style="padding:24px 32px;background-color:${colours.background};color:${colours.muted};font-size:13px;line-height:20px;${font}">
Je ontvangt deze nieuwsbrief omdat je je hebt aangemeld op <a href="${escapeHtml(siteUrl)}" style="color:${colours.muted};">${escapeHtml(siteUrl.replace(/^https?:\/\//, ''))}</a>.<br>
<a href="${PLACEHOLDERS.preferencesUrl}" style="color:${colours.muted};text-decoration:underline;">Voorkeuren wijzigen</a> &middot;
<a href="${PLACEHOLDERS.unsubscribeUrl}" style="color:${colours.muted};text-decoration:underline;">Afmelden</a> &middot;
<a href="${escapeHtml(model.webUrl)}" style="color:${colours.muted};text-decoration:underline;">Webversie</a>
</td></tr>
</table>
</td></tr>
</table>
</body>
</html>`

  const body = model.bodyHtml ? htmlToText(model.bodyHtml) : ''
  const text = [
    `${model.siteName} – nieuwsbrief ${model.networksLabel}`,
    `Webversie: ${model.webUrl}`,
    '',
    model.title.toUpperCase(),
    intro ?? '',
    body,
    ...model.sections.map(sectionText),
    '--',
    `Je ontvangt deze nieuwsbrief omdat je je hebt aangemeld op ${siteUrl}.`,
    `Voorkeuren wijzigen: ${PLACEHOLDERS.preferencesUrl}`,
    `Afmelden: ${PLACEHOLDERS.unsubscribeUrl}`,
  ]
    .filter((line, index, all) => !(line === '' && all[index - 1] === ''))
    .join('\n\n')
    .replace(/\n{3,}/g, '\n\n')
  return { html, text }
}

/** One recipient's copy: the placeholders replaced by their own links. */
export function personalise(template: string, links: { unsubscribeUrl: string; preferencesUrl: string }, escape: boolean): string {
  const value = (url: string) => (escape ? escapeHtml(url) : url)
  return template.split(PLACEHOLDERS.unsubscribeUrl).join(value(links.unsubscribeUrl)).split(PLACEHOLDERS.preferencesUrl).join(value(links.preferencesUrl))
}

/** The headers that let mail programs offer "unsubscribe" themselves (RFC 2369 and RFC 8058). */
export function unsubscribeHeaders(oneClickUrl: string, mailto: string): Record<string, string> {
  return {
    'List-Unsubscribe': `<${oneClickUrl}>, <mailto:${mailto}?subject=afmelden>`,
    'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
  }
}
