/** The domain of an email address in lower case ("j.jansen@Cordaan.nl" → "cordaan.nl"), or '' when there is none. */
export function emailDomainOf(email: string): string {
  const at = email.lastIndexOf('@')
  if (at < 0) return ''
  const domain = email.slice(at + 1).trim().toLowerCase()
  // Trailing dots by hand: /\.+$/ rescans a run of dots from every position (quadratic).
  let end = domain.length
  while (end > 0 && domain[end - 1] === '.') end--
  return domain.slice(0, end)
}
