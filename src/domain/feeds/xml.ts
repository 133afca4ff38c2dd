/** What escapeXml changes: the five special characters and the control characters XML forbids. */
const XML_SPECIAL = /[&<>"'\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/

/** Escapes text for XML element content and attribute values. */
export function escapeXml(text: string): string {
  // Most texts (every URL of a sitemap) have nothing to escape: one test instead of five replaces.
  if (!XML_SPECIAL.test(text)) return text
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;')
    // Characters XML 1.0 forbids (control characters other than tab, newline, return).
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '')
}
