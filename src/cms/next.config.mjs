import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { withPayload } from '@payloadcms/next/withPayload'

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')

/**
 * The Next project serves only the Payload admin and API. It is rooted at src/cms (rooted at
 * the repository it would try to compile the Astro pages), but compiles payload.config.ts and
 * the domain code from the repository root.
 */
const nextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  outputFileTracingRoot: repoRoot,
  turbopack: { root: repoRoot },
  typescript: { ignoreBuildErrors: true },
  images: { unoptimized: true },
  // Loaded at run time by the search-index job (the server runs it; the admin never does);
  // happy-dom is the DOM the monitoring charts are drawn in, plain Node code best left unbundled.
  serverExternalPackages: ['pagefind', 'happy-dom'],
}

export default withPayload(nextConfig, { devBundleServerPackages: false })
