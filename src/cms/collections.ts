import { Articles } from './content/Articles'
import { CaseAuditLog } from './caseQuestions/CaseAuditLog'
import { CaseQuestions } from './caseQuestions/CaseQuestions'
import { EditorInvitations } from './partners/EditorInvitations'
import { EmailLog } from './shared/email/EmailLog'
import { EventRegistrations } from './events/EventRegistrations'
import { Events } from './events/Events'
import { Experts } from './experts/Experts'
import { Media } from './content/Media'
import { MembershipApplications } from './membership/MembershipApplications'
import { NewsletterDeliveries } from './newsletter/NewsletterDeliveries'
import { Newsletters } from './newsletter/Newsletters'
import { Offerings } from './offerings/Offerings'
import { Organisations } from './organisations/Organisations'
import { Pages } from './content/Pages'
import { Professionals } from './professionals/Professionals'
import { RouteMaps } from './routeMaps/RouteMaps'
import { RouteMapStats } from './routeMaps/RouteMapStats'
import { Signals } from './caseQuestions/Signals'
import { Subscribers } from './newsletter/Subscribers'
import { Users } from './users/Users'
import { WorkingGroups } from './content/WorkingGroups'

/** Every collection, in the order the admin's navigation groups show them. */
export const collections = [
  Organisations,
  Offerings,
  Experts,
  WorkingGroups,
  Events,
  EventRegistrations,
  Articles,
  Pages,
  Media,
  RouteMaps,
  RouteMapStats,
  CaseQuestions,
  Signals,
  MembershipApplications,
  Newsletters,
  Subscribers,
  NewsletterDeliveries,
  Professionals,
  Users,
  EditorInvitations,
  EmailLog,
  CaseAuditLog,
]
