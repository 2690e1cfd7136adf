/**
 * Release ids (`2026-12`, `2027-06-b`): the one rule for what names a data release, shared by the
 * catalogue's validator, the loader that turns `release="…"` into a path, and the data build.
 * The id becomes a folder name (`releases/<id>/`), so it allows no `/`, `.` or upper case.
 */
export const RELEASE_ID = /^[0-9]{4}-[0-9]{2}(-[a-z0-9]+)?$/;

/** True when `id` is a well-formed release id. */
export function isReleaseId(id: unknown): id is string {
  return typeof id === 'string' && RELEASE_ID.test(id);
}
