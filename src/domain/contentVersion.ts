/**
 * The version of everything the public site shows. Every change to public content raises it;
 * whatever is derived from public content (page cache, directory read model, search index)
 * compares versions instead of re-reading the database, and subscribes to hear of changes.
 *
 * Pure on purpose: the CMS raises it from its change hooks, the server and the site read it,
 * and none of them needs the others' framework to do so.
 */

/** What changed: a document of a collection, a global, or "something" seen in another instance. */
export type ContentChange =
  | { kind: 'document'; collection: string; id?: string; operation: 'change' | 'delete' }
  | { kind: 'global'; global: string }
  /** Another instance sharing the database changed public content; what exactly is unknown. */
  | { kind: 'external' }

export type ContentChangeListener = (change: ContentChange, version: number) => void

export interface ContentVersion {
  /** A number that grows with every change to public content in this process (or seen from others). */
  current: () => number
  /** Raises the version and tells every listener; returns the new version. */
  raise: (change: ContentChange) => number
  /** Calls `listener` after every raise; returns the function that stops it. */
  subscribe: (listener: ContentChangeListener) => () => void
}

export function createContentVersion(onListenerError: (error: unknown) => void = () => {}): ContentVersion {
  let version = 1
  const listeners = new Set<ContentChangeListener>()
  return {
    current: () => version,
    raise(change) {
      version += 1
      for (const listener of listeners) {
        // One failing listener must not keep the others (or the saving request) from going on.
        try {
          listener(change, version)
        } catch (error) {
          onListenerError(error)
        }
      }
      return version
    },
    subscribe(listener) {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
  }
}
