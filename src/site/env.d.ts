/// <reference types="astro/client" />

declare namespace App {
  interface Locals {
    /** The server's Payload instance; read content through it with `overrideAccess: false`. */
    payload: import('payload').Payload
    /** The logged-in professional (site account), set by src/site/middleware.ts from the session cookie only. */
    professional?: import('../payload-types').Professional
  }
}
