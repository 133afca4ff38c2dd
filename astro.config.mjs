import node from '@astrojs/node'
import react from '@astrojs/react'
import { defineConfig } from 'astro/config'
import { siteCspDirectives, siteScriptResources, siteStyleResources } from './src/domain/security/policies'

// The site is rendered on the server by src/server.ts, which hands every page the shared
// Payload instance as `Astro.locals.payload`; the site never imports the CMS configuration.
export default defineConfig({
  srcDir: './src/site',
  publicDir: './public',
  outDir: './dist',
  output: 'server',
  adapter: node({ mode: 'middleware' }),
  integrations: [react()],
  site: process.env.SERVER_URL ?? 'http://localhost:3000',
  // 'jsx' (the default) drops the space between a word and an inline element on the next line.
  compressHTML: true,
  // The site renders no Markdown code; Shiki's inline styles would need 'unsafe-inline' under the CSP.
  markdown: { syntaxHighlight: false },
  security: {
    checkOrigin: true,
    // Behind a TLS proxy the forwarded https protocol and host are believed. Which host: the one
    // of SERVER_URL as the server runs (not as it was built): src/server/forwardedHeaders.ts
    // drops the forwarded headers of every other host, and all of them when SERVER_URL is http.
    allowedDomains: [{ protocol: 'https' }],
    // Hashes of every script and style Astro emits, sent as the page's CSP header; no inline
    // script runs without its hash. Frame, referrer and transport headers: src/server/securityHeaders.ts.
    csp: {
      directives: [...siteCspDirectives],
      scriptDirective: { resources: siteScriptResources },
      styleDirective: { resources: siteStyleResources },
    },
  },
  vite: {
    optimizeDeps: {
      exclude: ['payload', '@payloadcms/richtext-lexical', '@payloadcms/db-sqlite', '@payloadcms/db-mongodb', '@payloadcms/next'],
    },
    ssr: {
      external: ['payload', '@payloadcms/richtext-lexical', '@payloadcms/db-sqlite', '@payloadcms/db-mongodb'],
    },
  },
})
