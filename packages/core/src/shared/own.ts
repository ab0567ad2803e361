// Records keyed by ids a party chose (disputes, modifications) are plain
// objects, so `record[id]` would find `constructor` or `toString` on the
// prototype (issue 12). Every lookup by such an id goes through here.

/** The record's own entry under `key`, never an inherited property. */
export function ownEntry<T>(record: Readonly<Record<string, T>>, key: string): T | undefined {
  return Object.hasOwn(record, key) ? record[key] : undefined;
}
