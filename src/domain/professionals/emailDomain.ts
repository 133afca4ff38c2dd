/** The domain of an email address in lower case ("j.jansen@Cordaan.nl" → "cordaan.nl"), or '' when there is none. */
export function emailDomainOf(email: string): string {
  const at = email.lastIndexOf('@')
  return at < 0 ? '' : email.slice(at + 1).trim().toLowerCase().replace(/\.+$/, '')
}
