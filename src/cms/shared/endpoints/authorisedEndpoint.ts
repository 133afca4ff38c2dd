import type { Endpoint, PayloadRequest, TypedUser } from 'payload'
import { endpointError } from './endpointError'

/** A request whose user is logged in: what an authorised endpoint's handler receives. */
export type AuthorisedRequest = PayloadRequest & { user: TypedUser }

/** Who may call the endpoint, judged on the logged-in user (the rules of src/cms/shared/access/roles). */
export type EndpointRule = (user: TypedUser) => boolean

/** Who may call an endpoint and what the others hear; one such object may serve several endpoints. */
export interface EndpointAccess {
  /** The access rule: true when this logged-in user may call the endpoint. */
  allow: EndpointRule
  /** The Dutch 403 for a logged-in user the rule refuses. */
  forbidden: string
  /** The Dutch 401 without login. */
  loginFirst?: string
}

export interface AuthorisedEndpointOptions extends EndpointAccess {
  path: string
  method: Endpoint['method']
  /** Runs only for an allowed user; refuses further (404, 400, …) with `endpointError`. */
  handler: (req: AuthorisedRequest) => Promise<Response> | Response
}

const LOGIN_FIRST = 'Log in om dit te doen.'

const loggedIn = (req: PayloadRequest): req is AuthorisedRequest => Boolean(req.user)

/**
 * A custom Payload endpoint that checks who calls it before its handler runs, so that every
 * custom endpoint answers the same way: 401 without login, 403 when the rule refuses the user,
 * both in Payload's error shape with the endpoint's own Dutch message.
 */
export function authorisedEndpoint({ path, method, allow, forbidden, loginFirst = LOGIN_FIRST, handler }: AuthorisedEndpointOptions): Endpoint {
  return {
    path,
    method,
    handler: (req) => {
      if (!loggedIn(req)) return endpointError(401, loginFirst)
      if (!allow(req.user)) return endpointError(403, forbidden)
      return handler(req)
    },
  }
}
