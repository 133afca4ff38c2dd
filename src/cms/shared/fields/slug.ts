import type { FieldHook, TextField, TextFieldSingleValidation } from 'payload'
import { text } from 'payload/shared'
import { isSlug, slugify } from '../../../domain/slugify'

/**
 * Fill the slug from the source field when the editor leaves it empty, and clean up whatever
 * the editor typed. Runs before validation, on every save, so the API and the seed get the same
 * slugs as the admin.
 */
// Generic: the slug field of every collection that has one.
function generateSlug(sourceFieldName: string): FieldHook {
  return ({ value, data, originalDoc }) => {
    if (typeof value === 'string' && value.trim() !== '') return slugify(value)
    const source = data?.[sourceFieldName] ?? originalDoc?.[sourceFieldName]
    return typeof source === 'string' && source.trim() !== '' ? slugify(source) : value
  }
}

/**
 * A duplicated document gets "<slug>-kopie" (then -kopie-2, -kopie-3 …), not Payload's English
 * "<slug> - Copy" (which became "…-copy"): the slug must stay unique and is part of a Dutch URL.
 */
// Generic: the slug field of every collection that has one.
const duplicateSlug: FieldHook = async ({ value, req, collection }) => {
  if (typeof value !== 'string' || value === '' || !collection) return undefined
  const base = `${value.replace(/-kopie(?:-\d{1,4})?$/, '')}-kopie`
  for (let attempt = 1; attempt <= 100; attempt++) {
    const candidate = attempt === 1 ? base : `${base}-${attempt}`
    const { totalDocs } = await req.payload.count({ collection: collection.slug, where: { slug: { equals: candidate } }, overrideAccess: true, req })
    if (totalDocs === 0) return candidate
  }
  return `${base}-${Date.now()}`
}

const validateSlug: TextFieldSingleValidation = (value, args) => {
  // Empty is fine in the form: the hook fills it from the source field on save.
  if (typeof value === 'string' && value !== '' && !isSlug(value) && !isSlug(slugify(value))) {
    return 'Gebruik alleen kleine letters, cijfers en koppeltekens, bijvoorbeeld "mee-amstel-en-zaan".'
  }
  return text(value, args)
}

/**
 * The `slug` field: unique, part of the page's URL on the site, generated from
 * `sourceFieldName` (e.g. `name`, `title`) when empty.
 */
export function slugField(sourceFieldName: string): TextField {
  return {
    name: 'slug',
    label: 'Webadres (slug)',
    type: 'text',
    unique: true,
    index: true,
    // Not `required`: the admin would then refuse an empty slug before the hook could fill it.
    validate: validateSlug,
    hooks: { beforeValidate: [generateSlug(sourceFieldName)], beforeDuplicate: [duplicateSlug] },
    admin: {
      position: 'sidebar',
      description:
        'Het laatste deel van het webadres. Laat leeg om het automatisch te maken; wijzig het liever niet meer na publicatie, want bestaande links werken dan niet meer.',
    },
  }
}
