import { GRAPHQL_POST } from '@payloadcms/next/routes'
import { handleEndpoints, type Payload } from 'payload'
import { answerOf as answer, type ApiAnswer } from './apiAnswer'

export type { ApiAnswer }

/**
 * REST and GraphQL as the server answers them, without starting it: Payload's own request
 * handler (`handleEndpoints`, what the Next route `/api/[...slug]` calls) and the GraphQL route
 * handler, given a real `Request` with the caller's login token. Access, hooks and errors are
 * exactly those of production; only Next's routing around them is left out.
 */
export interface Api {
  rest: (method: string, path: string, options?: { token?: string; body?: unknown; headers?: Record<string, string> }) => Promise<ApiAnswer>
  graphql: (query: string, options?: { token?: string; variables?: Record<string, unknown> }) => Promise<ApiAnswer>
  /** A login token for an account (users or professionals), for the `Authorization` header. */
  login: (collection: 'users' | 'professionals', email: string, password: string) => Promise<string>
}

export async function apiFor(payload: Payload): Promise<Api> {
  // The same config object Payload was started with: handleEndpoints finds the running instance.
  const { default: config } = await import('../../payload.config')
  const base = payload.config.serverURL.replace(/\/$/, '')
  const headersFor = (token?: string, extra: Record<string, string> = {}) => {
    const headers = new Headers({ 'content-type': 'application/json', ...extra })
    if (token) headers.set('authorization', `JWT ${token}`)
    return headers
  }
  const graphqlHandler = GRAPHQL_POST(config)
  return {
    rest: async (method, path, options = {}) =>
      answer(
        await handleEndpoints({
          config,
          request: new Request(`${base}/api${path}`, {
            method: method.toUpperCase(),
            headers: headersFor(options.token, options.headers),
            body: options.body === undefined ? undefined : JSON.stringify(options.body),
          }),
        }),
      ),
    graphql: async (query, options = {}) =>
      answer(
        await graphqlHandler(
          new Request(`${base}/api/graphql`, {
            method: 'POST',
            headers: headersFor(options.token),
            body: JSON.stringify({ query, variables: options.variables ?? {} }),
          }),
        ),
      ),
    login: async (collection, email, password) => {
      const result = await payload.login({ collection, data: { email, password } })
      if (!result.token) throw new Error(`No token for ${email}`)
      return result.token
    },
  }
}
