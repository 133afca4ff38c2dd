/// <reference types="astro/client" />

declare namespace App {
  interface Locals {
    /** The server's Payload instance; read content through it with `overrideAccess: false`. */
    payload: import('payload').Payload
    /** The version of all public content: raised by every change, for caches derived from it. */
    contentVersion: import('../domain/contentVersion').ContentVersion
    /** The logged-in professional (site account), set by src/site/middleware.ts from the session cookie only. */
    professional?: import('../payload-types').Professional
  }
}
