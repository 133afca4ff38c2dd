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
import { DutchDateCell as DutchDateCell_9bf3c1cbf406b6b9e47255351d3f8ad8 } from '../../../../../src/cms/components/DutchDateCell'
import { DutchDateField as DutchDateField_ce3973d59784f5f45451fb36848f8584 } from '../../../../../src/cms/components/DutchDateField'
import { RouteMapAnswerRowLabel as RouteMapAnswerRowLabel_d824056a3440ab790ac890fa5958a1d9 } from '../../../../../src/cms/components/RouteMapRowLabels'
import { RouteMapStepRowLabel as RouteMapStepRowLabel_d824056a3440ab790ac890fa5958a1d9 } from '../../../../../src/cms/components/RouteMapRowLabels'
import { RouteMapOutlineField as RouteMapOutlineField_81f225f528424d790b52513114ea49f8 } from '../../../../../src/cms/components/RouteMapOutlineField'
import { RouteMapStatsField as RouteMapStatsField_f16ae85211c12741fe708be93362422b } from '../../../../../src/cms/components/RouteMapStatsField'
import { StatusHistoryRowLabel as StatusHistoryRowLabel_92293ced9720a5ebae4cbca6423f0bb4 } from '../../../../../src/cms/shared/workflow/StatusHistoryRowLabel'
import { EditionNotice as EditionNotice_a00190491af5bd1b927c81f283d1ff01 } from '../../../../../src/cms/newsletter/admin/EditionNotice'
import { SectionRowLabel as SectionRowLabel_dbfdcf1156a7e7c3346c79495ff8be13 } from '../../../../../src/cms/newsletter/admin/SectionRowLabel'
import { EmailHtmlPreview as EmailHtmlPreview_72484eea558772f274841de771a105b0 } from '../../../../../src/cms/components/EmailHtmlPreview'
import { JsonPreview as JsonPreview_3460bc07fa2880893737b8faca7907ca } from '../../../../../src/cms/components/JsonPreview'
import { Icon as Icon_d84ea610c1da389450e523aeabb0147d } from '../../../../../src/cms/components/admin/Icon'
import { Logo as Logo_7ac286e700642e5d8ca9787365e81a0d } from '../../../../../src/cms/components/admin/Logo'
import { FreshnessNavLink as FreshnessNavLink_b47ec772d38482d6f40ad4ea4216f222 } from '../../../../../src/cms/components/FreshnessNavLink'
import { MonitoringNavLink as MonitoringNavLink_8c9153d2cb07bec4e719acaed1475784 } from '../../../../../src/cms/monitoring/MonitoringNavLink'
import { DutchLockDialogDates as DutchLockDialogDates_a4629a10e9c1f7459ea956e079481353 } from '../../../../../src/cms/components/DutchLockDialogDates'
import { WorkDashboard as WorkDashboard_ed430f3ee131667837eb1a06464f7ffc } from '../../../../../src/cms/dashboard/WorkDashboard'
import { MonitoringView as MonitoringView_3ddd1098e07911350537e4257ca18736 } from '../../../../../src/cms/monitoring/views/MonitoringView'
import { FreshnessOverviewView as FreshnessOverviewView_3bcbe3a6f0e739967371b93342cf073a } from '../../../../../src/cms/components/FreshnessOverviewView'
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
  "/src/cms/components/DutchDateCell#DutchDateCell": DutchDateCell_9bf3c1cbf406b6b9e47255351d3f8ad8,
  "/src/cms/components/DutchDateField#DutchDateField": DutchDateField_ce3973d59784f5f45451fb36848f8584,
  "/src/cms/components/RouteMapRowLabels#RouteMapAnswerRowLabel": RouteMapAnswerRowLabel_d824056a3440ab790ac890fa5958a1d9,
  "/src/cms/components/RouteMapRowLabels#RouteMapStepRowLabel": RouteMapStepRowLabel_d824056a3440ab790ac890fa5958a1d9,
  "/src/cms/components/RouteMapOutlineField#RouteMapOutlineField": RouteMapOutlineField_81f225f528424d790b52513114ea49f8,
  "/src/cms/components/RouteMapStatsField#RouteMapStatsField": RouteMapStatsField_f16ae85211c12741fe708be93362422b,
  "/src/cms/shared/workflow/StatusHistoryRowLabel#StatusHistoryRowLabel": StatusHistoryRowLabel_92293ced9720a5ebae4cbca6423f0bb4,
  "/src/cms/newsletter/admin/EditionNotice#EditionNotice": EditionNotice_a00190491af5bd1b927c81f283d1ff01,
  "/src/cms/newsletter/admin/SectionRowLabel#SectionRowLabel": SectionRowLabel_dbfdcf1156a7e7c3346c79495ff8be13,
  "/src/cms/components/EmailHtmlPreview#EmailHtmlPreview": EmailHtmlPreview_72484eea558772f274841de771a105b0,
  "/src/cms/components/JsonPreview#JsonPreview": JsonPreview_3460bc07fa2880893737b8faca7907ca,
  "/src/cms/components/admin/Icon#Icon": Icon_d84ea610c1da389450e523aeabb0147d,
  "/src/cms/components/admin/Logo#Logo": Logo_7ac286e700642e5d8ca9787365e81a0d,
  "/src/cms/components/FreshnessNavLink#FreshnessNavLink": FreshnessNavLink_b47ec772d38482d6f40ad4ea4216f222,
  "/src/cms/monitoring/MonitoringNavLink#MonitoringNavLink": MonitoringNavLink_8c9153d2cb07bec4e719acaed1475784,
  "/src/cms/components/DutchLockDialogDates#DutchLockDialogDates": DutchLockDialogDates_a4629a10e9c1f7459ea956e079481353,
  "/src/cms/dashboard/WorkDashboard#WorkDashboard": WorkDashboard_ed430f3ee131667837eb1a06464f7ffc,
  "/src/cms/monitoring/views/MonitoringView#MonitoringView": MonitoringView_3ddd1098e07911350537e4257ca18736,
  "/src/cms/components/FreshnessOverviewView#FreshnessOverviewView": FreshnessOverviewView_3bcbe3a6f0e739967371b93342cf073a,
  "@payloadcms/next/rsc#CollectionCards": CollectionCards_f9c02e79a4aed9a3924487c0cd4cafb1
}
