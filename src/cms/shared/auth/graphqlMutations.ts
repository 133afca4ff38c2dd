import { APIError, type Config } from 'payload'
import { tokenMessages } from '../../../domain/auth/tokenLifetimes'
import { verifyProfessionalEmail } from './verification'

type Mutations = NonNullable<NonNullable<Config['graphQL']>['mutations']>

/**
 * GraphQL's `verifyEmailProfessional` in place of Payload's own (custom mutations of the same
 * name win), so a confirmation link expires over GraphQL exactly as over REST and on the site.
 */
export const accountMutations: Mutations = (GraphQL) => ({
  verifyEmailProfessional: {
    type: GraphQL.GraphQLBoolean,
    args: { token: { type: GraphQL.GraphQLString } },
    resolve: async (_: unknown, args: { token?: string }, context: { req: Parameters<typeof verifyProfessionalEmail>[2] & object }) => {
      const outcome = await verifyProfessionalEmail(context.req.payload, args.token, context.req)
      if (!outcome.ok) throw new APIError(tokenMessages.verification[outcome.reason], 403, undefined, true)
      return true
    },
  },
})
