import { lexicalEditor, LinkFeature, RelationshipFeature, UploadFeature } from '@payloadcms/richtext-lexical'
import { ValidationError, type CollectionSlug, type FieldHook, type RichTextField } from 'payload'
import { validateRichText } from '../../../domain/richText/validate'
import { LINKABLE_COLLECTIONS, UPLOAD_COLLECTIONS } from '../../../domain/richText/vocabulary'

/**
 * Rich text in the portal: one editor and one gate for every rich-text field.
 *
 * The editor is Payload's default set, with links, relationships and uploads limited to what
 * the site can show (documents with a public page, files from Bestanden). The gate refuses, for
 * REST, GraphQL, the Local API and the admin alike, any value the editor could not have made
 * (domain/richText/validate.ts), with the Dutch reason on the field.
 */

export const richTextEditor = lexicalEditor({
  features: ({ defaultFeatures }) =>
    defaultFeatures.map((feature) => {
      switch (feature.key) {
        case 'link':
          return LinkFeature({ enabledCollections: [...LINKABLE_COLLECTIONS] as CollectionSlug[] })
        case 'relationship':
          return RelationshipFeature({ enabledCollections: [...LINKABLE_COLLECTIONS] as CollectionSlug[] })
        case 'upload':
          return UploadFeature({ enabledCollections: [...UPLOAD_COLLECTIONS] })
        default:
          return feature
      }
    }),
})

/**
 * Runs first (before Payload's own rich-text hooks) and on every save, drafts included: Payload
 * skips field `validate` for drafts, and a draft is what a coordinator's preview shows.
 *
 * A value that is not in the request (a PATCH of other fields) is the stored one and is left
 * alone: an old value must not stop a coordinator from unpublishing or correcting a document.
 */
// Generic: every rich-text field of any collection or global.
export const refuseUnsafeRichText: FieldHook = ({ value, siblingData, field, path, collection, global, req }) => {
  if (!('name' in field) || !field.name || siblingData?.[field.name] === undefined) return value
  const message = validateRichText(value)
  if (message) {
    throw new ValidationError(
      { collection: collection?.slug, global: global?.slug, errors: [{ path: path.join('.'), message, label: 'label' in field && typeof field.label === 'string' ? field.label : undefined }], req },
      req.t,
    )
  }
  return value
}

/** A rich-text field guarded by `refuseUnsafeRichText`; use it for every rich-text field. */
export function richTextField(field: Omit<RichTextField, 'type'>): RichTextField {
  return {
    ...field,
    type: 'richText',
    hooks: { ...field.hooks, beforeValidate: [refuseUnsafeRichText, ...(field.hooks?.beforeValidate ?? [])] },
  }
}
