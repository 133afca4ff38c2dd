import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { nl } from '@payloadcms/translations/languages/nl'
import { buildConfig } from 'payload'
import { restrictPayloadCollections } from './src/cms/shared/access/payloadCollections'
import { accountMutations } from './src/cms/shared/auth/graphqlMutations'
import { collections } from './src/cms/collections'
import { databaseAdapter } from './src/cms/database'
import { dutchDates } from './src/cms/shared/fields/dutchDates'
import { richTextEditor } from './src/cms/shared/fields/richText'
import { withRoleNavigation } from './src/cms/shared/navigation/roleNavigation'
import { dutchTranslations } from './src/cms/shared/i18n/dutch'
import { queueingEmailAdapter } from './src/cms/shared/email/queueingEmailAdapter'
import { keepFieldErrors } from './src/cms/shared/hooks/keepFieldErrors'
import { globals } from './src/cms/globals'
import { jobs } from './src/cms/jobs'
import { monitoringEndpoints } from './src/cms/monitoring/endpoints'
import { publicContentPlugin } from './src/cms/shared/publicContent/publicContentPlugin'
import { requestErrorsPlugin } from './src/cms/shared/requestErrors/requestErrorsPlugin'
import { searchIndexPlugin } from './src/cms/search/searchIndexPlugin'
import { databaseUri, payloadSecret, serverUrl } from './src/env'

const root = path.dirname(fileURLToPath(import.meta.url))

/**
 * The CMS. Kept importable by plain Node (no CSS, admin components by path only): the server,
 * the seed and the tests load it directly.
 */
export default buildConfig({
  serverURL: serverUrl,
  secret: payloadSecret(),
  db: databaseAdapter(databaseUri),
  // Links, relationships and uploads only to what the site can show (src/cms/shared/fields/richText.ts).
  editor: richTextEditor,
  // Each role's menu shows its own work; the API tab only for admins (src/cms/shared/navigation).
  collections: withRoleNavigation(collections),
  globals: withRoleNavigation(globals),
  jobs,
  endpoints: monitoringEndpoints,
  // Payload's own collections and globals get access of ours (locks, preferences, jobs).
  onInit: restrictPayloadCollections,
  email: queueingEmailAdapter,
  // Dutch only: with a second language Payload follows the browser's language, and the
  // network's staff would meet an English admin on an English-language browser.
  i18n: {
    supportedLanguages: { nl },
    fallbackLanguage: 'nl',
    translations: dutchTranslations,
  },
  admin: {
    user: 'users',
    // The default avatar loads from gravatar, which these servers cannot reach.
    avatar: 'default',
    // Dates everywhere in the admin as dd-MM-yyyy HH:mm, Amsterdam time (src/cms/shared/fields/dutchDates.ts).
    dateFormat: 'dd-MM-yyyy HH:mm',
    meta: {
      titleSuffix: ' – Beheer Expertisenetwerk (L)VB',
      icons: [{ rel: 'icon', type: 'image/svg+xml', url: '/favicon.svg' }],
    },
    components: {
      graphics: {
        Logo: '/src/cms/shared/components/admin/Logo#Logo',
        Icon: '/src/cms/shared/components/admin/Icon#Icon',
      },
      afterNavLinks: ['/src/cms/freshness/components/FreshnessNavLink#FreshnessNavLink', '/src/cms/monitoring/MonitoringNavLink#MonitoringNavLink'],
      providers: ['/src/cms/shared/components/DutchLockDialogDates#DutchLockDialogDates'],
      views: {
        // The start page: each role's work queue (coordinators per network; partner editors their organisation).
        dashboard: { Component: '/src/cms/dashboard/WorkDashboard#WorkDashboard' },
        // Case questions, events and newsletter in numbers and charts (src/cms/monitoring).
        monitoring: { Component: '/src/cms/monitoring/views/MonitoringView#MonitoringView', path: '/monitoring' },
        freshnessOverview: {
          Component: '/src/cms/freshness/components/FreshnessOverviewView#FreshnessOverviewView',
          path: '/actualiteit',
        },
      },
    },
    importMap: {
      baseDir: root,
      importMapFile: path.resolve(root, 'src/cms/app/(payload)/admin/importMap.js'),
    },
  },
  // The admin shows a refusal's reasons at their fields also in the production build.
  hooks: { afterError: [keepFieldErrors] },
  typescript: {
    outputFile: path.resolve(root, 'src/payload-types.ts'),
    autoGenerate: false,
  },
  graphQL: {
    schemaOutputFile: path.resolve(root, 'src/cms/schema.graphql'),
    // Confirmation links expire over GraphQL too (Payload's own mutation has no expiry).
    mutations: accountMutations,
  },
  plugins: [searchIndexPlugin(), publicContentPlugin(), requestErrorsPlugin(), dutchDates()],
  telemetry: false,
  // The tests set LOG_LEVEL=fatal to keep their output readable; the server logs at info.
  logger: { options: { level: process.env.LOG_LEVEL ?? 'info' } },
})
