/// <reference types="astro/client" />

declare namespace App {
  interface Locals {
    /** The server's Payload instance; read content through it with `overrideAccess: false`. */
    payload: import('payload').Payload
  }
}
