import node from '@astrojs/node'
import react from '@astrojs/react'
import { defineConfig } from 'astro/config'

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
  security: { checkOrigin: true },
  vite: {
    optimizeDeps: {
      exclude: ['payload', '@payloadcms/richtext-lexical', '@payloadcms/db-sqlite', '@payloadcms/db-mongodb', '@payloadcms/next'],
    },
    ssr: {
      external: ['payload', '@payloadcms/richtext-lexical', '@payloadcms/db-sqlite', '@payloadcms/db-mongodb'],
    },
  },
})
