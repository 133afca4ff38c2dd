import type { CollectionConfig, DocumentTabCondition, GlobalConfig } from 'payload'
import { hasRole } from '../access/roles'
import { menuRuleFor } from './menuRules'

/**
 * The document's "API" tab (the raw JSON and its REST URL) is for admins: others have no use for
 * it and it shows field names instead of labels. Hiding the tab changes no access: the REST API
 * answers every account exactly as before.
 */
export const apiTabForAdmins: DocumentTabCondition = ({ req }) => hasRole(req.user, 'admin')

type Entity = CollectionConfig | GlobalConfig

function withApiTabForAdmins(admin: Entity['admin']): NonNullable<Entity['admin']>['components'] {
  const components = admin?.components
  const views = components?.views
  const edit = views?.edit
  const api = edit?.api
  return { ...components, views: { ...views, edit: { ...edit, api: { ...api, tab: { ...api?.tab, condition: apiTabForAdmins } } } } } as NonNullable<
    Entity['admin']
  >['components']
}

/**
 * Each role's menu shows the collections and globals it works in (src/cms/shared/navigation/menuRules),
 * and only admins get the API tab. Applied to the whole configuration, so a new collection is
 * the coordinators' until a rule names who else works in it.
 */
export function withRoleNavigation<T extends Entity>(entities: T[]): T[] {
  return entities.map((entity) => {
    const own = entity.admin?.hidden
    const rule = menuRuleFor(entity.slug)
    // `own` is a collection's hidden (user: ClientUser) or a global's (user: TypedUser); the admin passes the same user to either.
    const hidden = own === true ? true : typeof own === 'function' ? (args: { user: unknown }) => Boolean(own(args as never)) || rule(args) : rule
    return {
      ...entity,
      admin: {
        ...entity.admin,
        hidden,
        components: withApiTabForAdmins(entity.admin),
      },
    } as T
  })
}
