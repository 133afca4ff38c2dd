import { isCoordinatorUser } from '../access/roles'
import type { EndpointAccess } from './authorisedEndpoint'

/** The access of the endpoints that only coordinators (and admins) may call. */
export const coordinatorsOnly: EndpointAccess = { allow: isCoordinatorUser, forbidden: 'Alleen voor coördinatoren.' }
