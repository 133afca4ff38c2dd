import { RscEntryLexicalCell as RscEntryLexicalCell_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { RscEntryLexicalField as RscEntryLexicalField_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { LexicalDiffComponent as LexicalDiffComponent_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { InlineToolbarFeatureClient as InlineToolbarFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { HorizontalRuleFeatureClient as HorizontalRuleFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { UploadFeatureClient as UploadFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { BlockquoteFeatureClient as BlockquoteFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { RelationshipFeatureClient as RelationshipFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { LinkFeatureClient as LinkFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { ChecklistFeatureClient as ChecklistFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { OrderedListFeatureClient as OrderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { UnorderedListFeatureClient as UnorderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { IndentFeatureClient as IndentFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { AlignFeatureClient as AlignFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { HeadingFeatureClient as HeadingFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { ParagraphFeatureClient as ParagraphFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { InlineCodeFeatureClient as InlineCodeFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { SuperscriptFeatureClient as SuperscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { SubscriptFeatureClient as SubscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { StrikethroughFeatureClient as StrikethroughFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { UnderlineFeatureClient as UnderlineFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { BoldFeatureClient as BoldFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { ItalicFeatureClient as ItalicFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { DutchDateCell as DutchDateCell_23a272aa5f2e45b1ac5c0e7b88e75688 } from '../../../../../src/cms/shared/components/DutchDateCell'
import { DutchDateField as DutchDateField_9f919ba906c47ce32d307115339dd47a } from '../../../../../src/cms/shared/components/DutchDateField'
import { RouteMapAnswerRowLabel as RouteMapAnswerRowLabel_f08487334db8139e1ffb27c23cd08c4e } from '../../../../../src/cms/routeMaps/components/RouteMapRowLabels'
import { RouteMapStepRowLabel as RouteMapStepRowLabel_f08487334db8139e1ffb27c23cd08c4e } from '../../../../../src/cms/routeMaps/components/RouteMapRowLabels'
import { RouteMapOutlineField as RouteMapOutlineField_51bcaad1578621890845b2d8d08bf166 } from '../../../../../src/cms/routeMaps/components/RouteMapOutlineField'
import { RouteMapStatsField as RouteMapStatsField_a912446e515d8a4077b94ee43d0bd78d } from '../../../../../src/cms/routeMaps/components/RouteMapStatsField'
import { StatusHistoryRowLabel as StatusHistoryRowLabel_92293ced9720a5ebae4cbca6423f0bb4 } from '../../../../../src/cms/shared/workflow/StatusHistoryRowLabel'
import { EditionNotice as EditionNotice_49d63992ac0c5569ae9533b74847e924 } from '../../../../../src/cms/newsletter/components/EditionNotice'
import { SectionRowLabel as SectionRowLabel_e556d78c6c60bea3bcd2c41eaaa20766 } from '../../../../../src/cms/newsletter/components/SectionRowLabel'
import { EmailHtmlPreview as EmailHtmlPreview_7fe102a1aeea34b67a7408a06ac86b86 } from '../../../../../src/cms/shared/email/EmailHtmlPreview'
import { JsonPreview as JsonPreview_aa90cbab8ec524790acf8bcff808c4bb } from '../../../../../src/cms/shared/email/JsonPreview'
import { Icon as Icon_41b637f49fc82767b473ba06880353c1 } from '../../../../../src/cms/shared/components/admin/Icon'
import { Logo as Logo_5a75be4290332be00454a1d03361b422 } from '../../../../../src/cms/shared/components/admin/Logo'
import { FreshnessNavLink as FreshnessNavLink_a33c11dadd96b0e567eb963ff11097a8 } from '../../../../../src/cms/freshness/components/FreshnessNavLink'
import { MonitoringNavLink as MonitoringNavLink_8c9153d2cb07bec4e719acaed1475784 } from '../../../../../src/cms/monitoring/MonitoringNavLink'
import { DutchLockDialogDates as DutchLockDialogDates_d1a2011c995ccc974e1d7952d2d8d15f } from '../../../../../src/cms/shared/components/DutchLockDialogDates'
import { WorkDashboard as WorkDashboard_ed430f3ee131667837eb1a06464f7ffc } from '../../../../../src/cms/dashboard/WorkDashboard'
import { MonitoringView as MonitoringView_3ddd1098e07911350537e4257ca18736 } from '../../../../../src/cms/monitoring/views/MonitoringView'
import { FreshnessOverviewView as FreshnessOverviewView_f7277867f8b15da1b942fa4f15b86109 } from '../../../../../src/cms/freshness/components/FreshnessOverviewView'
import { CollectionCards as CollectionCards_f9c02e79a4aed9a3924487c0cd4cafb1 } from '@payloadcms/next/rsc'

/** @type import('payload').ImportMap */
export const importMap = {
  "@payloadcms/richtext-lexical/rsc#RscEntryLexicalCell": RscEntryLexicalCell_44fe37237e0ebf4470c9990d8cb7b07e,
  "@payloadcms/richtext-lexical/rsc#RscEntryLexicalField": RscEntryLexicalField_44fe37237e0ebf4470c9990d8cb7b07e,
  "@payloadcms/richtext-lexical/rsc#LexicalDiffComponent": LexicalDiffComponent_44fe37237e0ebf4470c9990d8cb7b07e,
  "@payloadcms/richtext-lexical/client#InlineToolbarFeatureClient": InlineToolbarFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#HorizontalRuleFeatureClient": HorizontalRuleFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#UploadFeatureClient": UploadFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#BlockquoteFeatureClient": BlockquoteFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#RelationshipFeatureClient": RelationshipFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#LinkFeatureClient": LinkFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#ChecklistFeatureClient": ChecklistFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#OrderedListFeatureClient": OrderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#UnorderedListFeatureClient": UnorderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#IndentFeatureClient": IndentFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#AlignFeatureClient": AlignFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#HeadingFeatureClient": HeadingFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#ParagraphFeatureClient": ParagraphFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#InlineCodeFeatureClient": InlineCodeFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#SuperscriptFeatureClient": SuperscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#SubscriptFeatureClient": SubscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#StrikethroughFeatureClient": StrikethroughFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#UnderlineFeatureClient": UnderlineFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#BoldFeatureClient": BoldFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#ItalicFeatureClient": ItalicFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "/src/cms/shared/components/DutchDateCell#DutchDateCell": DutchDateCell_23a272aa5f2e45b1ac5c0e7b88e75688,
  "/src/cms/shared/components/DutchDateField#DutchDateField": DutchDateField_9f919ba906c47ce32d307115339dd47a,
  "/src/cms/routeMaps/components/RouteMapRowLabels#RouteMapAnswerRowLabel": RouteMapAnswerRowLabel_f08487334db8139e1ffb27c23cd08c4e,
  "/src/cms/routeMaps/components/RouteMapRowLabels#RouteMapStepRowLabel": RouteMapStepRowLabel_f08487334db8139e1ffb27c23cd08c4e,
  "/src/cms/routeMaps/components/RouteMapOutlineField#RouteMapOutlineField": RouteMapOutlineField_51bcaad1578621890845b2d8d08bf166,
  "/src/cms/routeMaps/components/RouteMapStatsField#RouteMapStatsField": RouteMapStatsField_a912446e515d8a4077b94ee43d0bd78d,
  "/src/cms/shared/workflow/StatusHistoryRowLabel#StatusHistoryRowLabel": StatusHistoryRowLabel_92293ced9720a5ebae4cbca6423f0bb4,
  "/src/cms/newsletter/components/EditionNotice#EditionNotice": EditionNotice_49d63992ac0c5569ae9533b74847e924,
  "/src/cms/newsletter/components/SectionRowLabel#SectionRowLabel": SectionRowLabel_e556d78c6c60bea3bcd2c41eaaa20766,
  "/src/cms/shared/email/EmailHtmlPreview#EmailHtmlPreview": EmailHtmlPreview_7fe102a1aeea34b67a7408a06ac86b86,
  "/src/cms/shared/email/JsonPreview#JsonPreview": JsonPreview_aa90cbab8ec524790acf8bcff808c4bb,
  "/src/cms/shared/components/admin/Icon#Icon": Icon_41b637f49fc82767b473ba06880353c1,
  "/src/cms/shared/components/admin/Logo#Logo": Logo_5a75be4290332be00454a1d03361b422,
  "/src/cms/freshness/components/FreshnessNavLink#FreshnessNavLink": FreshnessNavLink_a33c11dadd96b0e567eb963ff11097a8,
  "/src/cms/monitoring/MonitoringNavLink#MonitoringNavLink": MonitoringNavLink_8c9153d2cb07bec4e719acaed1475784,
  "/src/cms/shared/components/DutchLockDialogDates#DutchLockDialogDates": DutchLockDialogDates_d1a2011c995ccc974e1d7952d2d8d15f,
  "/src/cms/dashboard/WorkDashboard#WorkDashboard": WorkDashboard_ed430f3ee131667837eb1a06464f7ffc,
  "/src/cms/monitoring/views/MonitoringView#MonitoringView": MonitoringView_3ddd1098e07911350537e4257ca18736,
  "/src/cms/freshness/components/FreshnessOverviewView#FreshnessOverviewView": FreshnessOverviewView_f7277867f8b15da1b942fa4f15b86109,
  "@payloadcms/next/rsc#CollectionCards": CollectionCards_f9c02e79a4aed9a3924487c0cd4cafb1
}
