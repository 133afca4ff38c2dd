import type { GraphQLExtension } from 'payload'

type Resolve = (...args: unknown[]) => Promise<Record<string, unknown> | null | undefined>

/**
 * Payload's GraphQL `Access` query declares `canAccessAdmin` non-null but leaves it out for
 * visitors who may not use the admin, so `{ Access { canAccessAdmin } }` without login was a
 * server error. The same query, answering `false` for them.
 */
export function accessQueryForVisitors(previous?: GraphQLExtension): GraphQLExtension {
  return (graphQL, context) => {
    const own = previous?.(graphQL, context) ?? {}
    const access = context.Query.fields.Access as { resolve: Resolve } | undefined
    if (!access) return own
    return {
      Access: {
        ...access,
        resolve: async (...args: unknown[]) => {
          const result = await access.resolve(...args)
          return { ...result, canAccessAdmin: result?.canAccessAdmin === true }
        },
      },
      ...own,
    }
  }
}
