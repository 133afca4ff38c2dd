import { serverUrl } from '../../../env'

/** Absolute links for emails: the admin page of a document, and pages of the site. */
export const adminDocumentUrl = (collection: string, id: string | number) => `${serverUrl}/admin/collections/${collection}/${id}`
export const siteUrl = (path: string) => `${serverUrl}${path}`
