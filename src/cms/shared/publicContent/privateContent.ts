/**
 * Collections and globals the public site never shows, so their changes leave the public
 * content version alone. Everything else counts as public: a collection added later raises the
 * version until it is listed here, which costs a cache refill, never a stale page.
 */
export const privateCollections: ReadonlySet<string> = new Set([
  'caseQuestions',
  'caseAuditLog',
  'signals',
  'membershipApplications',
  'subscribers',
  'newsletterDeliveries',
  'emailLog',
  'professionals',
  'users',
  // Usage counts of the routekaart: written on page views, shown only in the admin.
  'routeMapStats',
])

export const privateGlobals: ReadonlySet<string> = new Set(['caseHandlingSettings', 'publicContentVersion'])
