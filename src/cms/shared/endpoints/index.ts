/** One way for the portal's custom endpoints to check who calls them and to refuse. */
export {
  authorisedEndpoint,
  type AuthorisedEndpointOptions,
  type AuthorisedRequest,
  type EndpointAccess,
  type EndpointRule,
} from './authorisedEndpoint'
export { coordinatorsOnly } from './coordinatorsOnly'
export { endpointError, errorMessageOf, fieldErrorsOf, type EndpointErrorBody, type FieldError } from './endpointError'
