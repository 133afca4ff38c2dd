/**
 * The shared vocabulary of the portal: every closed list of values with its Dutch label.
 *
 * One list serves the CMS (select options), the site (facets, filters, labels), the forms
 * (zod enums) and the content loader, so a value means the same everywhere. Values are
 * stable identifiers stored in the database: change a label freely, never a value.
 */

export interface Option<V extends string = string> {
  readonly value: V
  readonly label: string
}

type Values<L extends readonly Option[]> = L[number]['value']

function options<const L extends readonly Option[]>(list: L): L {
  return list
}

export const networks = options([
  { value: 'jeugd', label: 'Jeugd (L)VB Amsterdam' },
  { value: 'volwassenen', label: 'LVB18+' },
])
export type Network = Values<typeof networks>

export const kindsOfHelp = options([
  { value: 'diagnostiek', label: 'Diagnostiek' },
  { value: 'behandeling', label: 'Behandeling' },
  { value: 'begeleiding', label: 'Begeleiding' },
  { value: 'wonen-verblijf', label: 'Wonen en verblijf' },
  { value: 'dagbesteding', label: 'Dagbesteding' },
  { value: 'onderwijs-zorg', label: 'Onderwijs-zorg' },
  { value: 'consultatie-advies', label: 'Consultatie en advies' },
  { value: 'crisis', label: 'Crisis' },
  { value: 'clientondersteuning', label: 'Cliëntondersteuning' },
  { value: 'training', label: 'Training' },
])
export type KindOfHelp = Values<typeof kindsOfHelp>

export const targetGroupTraits = options([
  { value: 'lvb', label: 'Licht verstandelijke beperking (LVB)' },
  { value: 'zvb', label: 'Zwakbegaafdheid (ZVB)' },
  { value: 'psychiatrie', label: 'Psychiatrische problematiek' },
  { value: 'verslaving', label: 'Verslaving' },
  { value: 'trauma', label: 'Trauma' },
  { value: 'autisme', label: 'Autisme' },
  { value: 'gedrag', label: 'Gedragsproblemen' },
  { value: 'forensisch', label: 'Forensisch' },
])
export type TargetGroupTrait = Values<typeof targetGroupTraits>

export const careSettings = options([
  { value: 'ambulant', label: 'Ambulant' },
  { value: 'dagbehandeling', label: 'Dagbehandeling' },
  { value: 'residentieel', label: 'Residentieel' },
  { value: 'thuis', label: 'Thuis' },
])
export type CareSetting = Values<typeof careSettings>

export const fundingLaws = options([
  { value: 'jeugdwet', label: 'Jeugdwet' },
  { value: 'wmo', label: 'Wmo' },
  { value: 'wlz', label: 'Wlz' },
  { value: 'zvw', label: 'Zvw' },
  { value: 'wfz', label: 'Wfz' },
])
export type FundingLaw = Values<typeof fundingLaws>

/** Amsterdam's districts (stadsdelen) plus the surrounding Amstelland region. */
export const areas = options([
  { value: 'heel-amsterdam', label: 'Heel Amsterdam' },
  { value: 'centrum', label: 'Centrum' },
  { value: 'nieuw-west', label: 'Nieuw-West' },
  { value: 'noord', label: 'Noord' },
  { value: 'oost', label: 'Oost' },
  { value: 'west', label: 'West' },
  { value: 'zuid', label: 'Zuid' },
  { value: 'zuidoost', label: 'Zuidoost' },
  { value: 'weesp', label: 'Weesp' },
  { value: 'amstelland', label: 'Regio Amstelland (Amstelveen, Aalsmeer, Diemen, Ouder-Amstel, Uithoorn)' },
])
export type Area = Values<typeof areas>

export const membershipStatuses = options([
  { value: 'aspirant', label: 'Aspirant-lid' },
  { value: 'lid', label: 'Lid' },
  { value: 'oud-lid', label: 'Oud-lid' },
])
export type MembershipStatus = Values<typeof membershipStatuses>

export const staffRoles = options([
  { value: 'admin', label: 'Beheerder' },
  { value: 'coordinator', label: 'Coördinator' },
  { value: 'platformMember', label: 'Platformlid' },
  { value: 'expert', label: 'Expert' },
  { value: 'partnerEditor', label: 'Redacteur partnerorganisatie' },
])
export type StaffRole = Values<typeof staffRoles>

export const eventKinds = options([
  { value: 'netwerkbijeenkomst', label: 'Netwerkbijeenkomst' },
  { value: 'platformoverleg', label: 'Platformoverleg' },
  { value: 'expertmeeting', label: 'Expertmeeting' },
  { value: 'training', label: 'Training' },
])
export type EventKind = Values<typeof eventKinds>

export const eventAudiences = options([
  { value: 'leden', label: 'Medewerkers van leden' },
  { value: 'platform', label: 'Platformleden' },
  { value: 'professionals', label: 'Alle professionals' },
  { value: 'iedereen', label: 'Iedereen' },
])
export type EventAudience = Values<typeof eventAudiences>

export const eventRegistrationStatuses = options([
  { value: 'aangemeld', label: 'Aangemeld' },
  { value: 'wachtlijst', label: 'Wachtlijst' },
  { value: 'geannuleerd', label: 'Geannuleerd' },
])
export type EventRegistrationStatus = Values<typeof eventRegistrationStatuses>

export const articleKinds = options([
  { value: 'nieuws', label: 'Nieuws' },
  { value: 'publicatie', label: 'Publicatie' },
  { value: 'tool', label: 'Tool' },
])
export type ArticleKind = Values<typeof articleKinds>

export const workingGroupStatuses = options([
  { value: 'in-oprichting', label: 'In oprichting' },
  { value: 'actief', label: 'Actief' },
  { value: 'afgerond', label: 'Afgerond' },
  { value: 'gestopt', label: 'Gestopt' },
])
export type WorkingGroupStatus = Values<typeof workingGroupStatuses>

/** A member's role in a working group. */
export const workingGroupRoles = options([
  { value: 'voorzitter', label: 'Voorzitter' },
  { value: 'secretaris', label: 'Secretaris' },
  { value: 'lid', label: 'Lid' },
  { value: 'adviseur', label: 'Adviseur' },
])
export type WorkingGroupRole = Values<typeof workingGroupRoles>

export const caseQuestionStatuses = options([
  { value: 'ontvangen', label: 'Ontvangen' },
  { value: 'in-behandeling', label: 'In behandeling (triage)' },
  { value: 'doorgezet', label: 'Doorgezet naar platformlid' },
  { value: 'expert-gekoppeld', label: 'Expert gekoppeld' },
  { value: 'advies-gegeven', label: 'Advies gegeven' },
  { value: 'afgesloten', label: 'Afgesloten' },
  { value: 'beantwoord-door-coordinator', label: 'Beantwoord door coördinator' },
  { value: 'doorverwezen', label: 'Doorverwezen' },
])
export type CaseQuestionStatus = Values<typeof caseQuestionStatuses>

export const caseUrgencies = options([
  { value: 'normaal', label: 'Normaal' },
  { value: 'hoog', label: 'Hoog: binnen enkele dagen nodig' },
])
export type CaseUrgency = Values<typeof caseUrgencies>

export const membershipApplicationStatuses = options([
  { value: 'ingediend', label: 'Ingediend' },
  { value: 'aspirant', label: 'Aspirant-lid' },
  { value: 'besproken-in-platform', label: 'Besproken in platform' },
  { value: 'kennismakingsgesprek-gepland', label: 'Kennismakingsgesprek gepland' },
  { value: 'advies', label: 'Advies' },
  { value: 'toegelaten', label: 'Toegelaten' },
  { value: 'afgewezen', label: 'Afgewezen' },
  { value: 'ingetrokken', label: 'Ingetrokken' },
])
export type MembershipApplicationStatus = Values<typeof membershipApplicationStatuses>

export const signalStatuses = options([
  { value: 'open', label: 'Open' },
  { value: 'geagendeerd', label: 'Geagendeerd voor platform' },
  { value: 'opgepakt', label: 'Opgepakt' },
  { value: 'gesloten', label: 'Gesloten' },
])
export type SignalStatus = Values<typeof signalStatuses>

export const subscriberStatuses = options([
  { value: 'onbevestigd', label: 'Nog niet bevestigd' },
  { value: 'actief', label: 'Actief' },
  { value: 'afgemeld', label: 'Afgemeld' },
])
export type SubscriberStatus = Values<typeof subscriberStatuses>

export const newsletterStatuses = options([
  { value: 'concept', label: 'Concept' },
  { value: 'gepland', label: 'Ingepland' },
  { value: 'verzenden', label: 'Wordt verzonden' },
  { value: 'gepauzeerd', label: 'Gepauzeerd' },
  { value: 'verzonden', label: 'Verzonden' },
])
export type NewsletterStatus = Values<typeof newsletterStatuses>

export const emailStatuses = options([
  { value: 'wachtrij', label: 'In de wachtrij' },
  { value: 'verzonden', label: 'Verzonden' },
  { value: 'opgeslagen', label: 'Opgeslagen in outbox (geen SMTP)' },
  { value: 'mislukt', label: 'Mislukt' },
])
export type EmailStatus = Values<typeof emailStatuses>

export const professionalRegisters = options([
  { value: 'skj', label: 'SKJ' },
  { value: 'big', label: 'BIG' },
  { value: 'anders', label: 'Ander register' },
  { value: 'geen', label: 'Geen registratie' },
])
export type ProfessionalRegister = Values<typeof professionalRegisters>

export const professionalStatuses = options([
  { value: 'wacht-op-verificatie', label: 'E-mailadres nog niet bevestigd' },
  { value: 'wacht-op-goedkeuring', label: 'Wacht op goedkeuring' },
  { value: 'goedgekeurd', label: 'Goedgekeurd' },
  { value: 'afgewezen', label: 'Afgewezen' },
])
export type ProfessionalStatus = Values<typeof professionalStatuses>

export const contactPreferences = options([
  { value: 'email', label: 'E-mail' },
  { value: 'telefoon', label: 'Telefoon' },
  { value: 'overleg', label: 'Overleg (online of op locatie)' },
])
export type ContactPreference = Values<typeof contactPreferences>

export const genders = options([
  { value: 'jongen', label: 'Jongen / man' },
  { value: 'meisje', label: 'Meisje / vrouw' },
  { value: 'anders', label: 'Anders' },
  { value: 'onbekend', label: 'Onbekend / zeg ik liever niet' },
])
export type Gender = Values<typeof genders>

/** Where the young person lives, coarse on purpose (data minimisation: no addresses). */
export const livingSituations = options([
  { value: 'thuis', label: 'Thuis bij ouder(s) of verzorger(s)' },
  { value: 'pleeggezin', label: 'Pleeggezin' },
  { value: 'gezinshuis', label: 'Gezinshuis' },
  { value: 'residentieel', label: 'Residentiële instelling' },
  { value: 'begeleid-wonen', label: 'Begeleid of beschermd wonen' },
  { value: 'zelfstandig', label: 'Zelfstandig' },
  { value: 'geen-vaste-woonplek', label: 'Geen vaste woonplek' },
  { value: 'anders', label: 'Anders' },
  { value: 'onbekend', label: 'Onbekend' },
])
export type LivingSituation = Values<typeof livingSituations>

export const yesNoAnswers = options([
  { value: 'ja', label: 'Ja' },
  { value: 'nee', label: 'Nee' },
])
export type YesNoAnswer = Values<typeof yesNoAnswers>

export const routeMapStepKinds = options([
  { value: 'vraag', label: 'Vraag' },
  { value: 'uitkomst', label: 'Uitkomst' },
])
export type RouteMapStepKind = Values<typeof routeMapStepKinds>

/** The Dutch label of a value, or the value itself when it is not in the list. */
export function labelOf(list: readonly Option[], value: string): string {
  return list.find((option) => option.value === value)?.label ?? value
}

/** The values of a list as a non-empty tuple, as `z.enum` wants them. */
export function valuesOf<const L extends readonly Option[]>(list: L): [Values<L>, ...Values<L>[]] {
  return list.map((option) => option.value) as [Values<L>, ...Values<L>[]]
}

/** The kinds of result of the site-wide search (/zoeken), one per public content type. */
export const searchTypes = options([
  { value: 'aanbod', label: 'Aanbod' },
  { value: 'organisatie', label: 'Organisatie' },
  { value: 'expert', label: 'Expert' },
  { value: 'werkgroep', label: 'Werkgroep' },
  { value: 'agenda', label: 'Agenda' },
  { value: 'kennis', label: 'Kennis' },
  { value: 'pagina', label: 'Pagina' },
])
export type SearchType = Values<typeof searchTypes>

/** One recipient's copy of a newsletter edition. */
export const newsletterDeliveryStatuses = options([
  { value: 'wachtrij', label: 'In de wachtrij' },
  { value: 'verzonden', label: 'Verzonden' },
  { value: 'mislukt', label: 'Mislukt' },
])
export type NewsletterDeliveryStatus = Values<typeof newsletterDeliveryStatuses>

/** Blocks of a newsletter filled from the database when it is sent. */
export const newsletterSectionKinds = options([
  { value: 'upcomingEvents', label: 'Komende bijeenkomsten' },
  { value: 'recentArticles', label: 'Recente kennis en nieuws' },
  { value: 'offeringUpdates', label: 'Nieuw en bijgewerkt aanbod' },
])
export type NewsletterSectionKind = Values<typeof newsletterSectionKinds>
