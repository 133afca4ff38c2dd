import { Articles } from './Articles'
import { CaseAuditLog } from './CaseAuditLog'
import { CaseQuestions } from './CaseQuestions'
import { EditorInvitations } from './EditorInvitations'
import { EmailLog } from './EmailLog'
import { EventRegistrations } from './EventRegistrations'
import { Events } from './Events'
import { Experts } from './Experts'
import { Media } from './Media'
import { MembershipApplications } from './MembershipApplications'
import { NewsletterDeliveries } from './NewsletterDeliveries'
import { Newsletters } from './Newsletters'
import { Offerings } from './Offerings'
import { Organisations } from './Organisations'
import { Pages } from './Pages'
import { Professionals } from './Professionals'
import { RouteMaps } from './RouteMaps'
import { RouteMapStats } from './RouteMapStats'
import { Signals } from './Signals'
import { Subscribers } from './Subscribers'
import { Users } from './Users'
import { WorkingGroups } from './WorkingGroups'

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
