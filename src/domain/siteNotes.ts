// What a loader derived for a site beyond the file's own text, as facts (a code and its params): the site's note in
// coded form. The words for each code are in src/i18n (siteNotes.ts); the engine and the loaders build no sentence.

/** The codes, in the order a site's note lists them. */
export const DERIVED_NOTE_CODES = [
  /** Read from plan data with this arealformål code: params `code`. */
  'arealformal',
  /** The status was read from an arealbruksstatus the engine has no status for: params `value`, `status`. */
  'status-from-arealbruksstatus',
  /** The ABC type is the default of the arealformål code (the file gave none): params `abc`, `code`. */
  'abc-default',
] as const;

export type DerivedNoteCode = (typeof DERIVED_NOTE_CODES)[number];

/** One derived fact about a site. Params are plain text values (a code, a type letter), never sentences. */
export interface DerivedNote {
  code: DerivedNoteCode;
  params: Readonly<Record<string, string>>;
}

const isCode = (v: unknown): v is DerivedNoteCode => (DERIVED_NOTE_CODES as readonly unknown[]).includes(v);

/** True for a value with the shape of a DerivedNote (a kept record is checked with this before it is used). */
export function isDerivedNote(v: unknown): v is DerivedNote {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return false;
  const { code, params } = v as Record<string, unknown>;
  return (
    isCode(code) &&
    typeof params === 'object' &&
    params !== null &&
    !Array.isArray(params) &&
    Object.values(params).every((p) => typeof p === 'string')
  );
}
