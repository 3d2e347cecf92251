// SOSI arealformål codes (kommuneplan KpArealformål, reguleringsplan RpArealformål): which are business land, and their
// default ABC type.
import type { DerivedNote } from '../domain/siteNotes.ts';
import type { AbcType, SiteStatus } from '../domain/types.ts';

export interface ArealformalRule {
  /**
   * The code list's own Norwegian name of the code (SOSI code list wording, shortened): data, used only as the name of a
   * site whose file gives none (a name is the same in every language and in the report). Every sentence that names
   * the code takes its words from src/i18n (siteNotes.*.ts).
   */
  label: string;
  /** Default ABC type for a site with this code; the file's own `abc` property wins when present. Why this default:
   * src/i18n/siteNotes.*.ts, by code (and docs/plan-data.md). */
  abc: AbcType;
}

/**
 * Business-land codes kept as sites. Codes 1130–1150, 1300, 1800 exist in both kommuneplan and
 * reguleringsplan lists; 1310–1390 and 1501/1502 are reguleringsplan sub-codes. Checked against
 * the SOSI-Plan code lists (Geonorge objektkatalog, KpArealformål / RpArealformål). The ABC defaults
 * are this project's judgement of the ABC principle (Temaplan næring §5.9.2), not an official mapping.
 * Kept in a Map so a code read from a file can never hit an inherited key.
 */
export const BUSINESS_CODES: ReadonlyMap<number, ArealformalRule> = new Map<number, ArealformalRule>([
  [1130, { label: 'Sentrumsformål', abc: 'A' }],
  [1140, { label: 'Kjøpesenter', abc: 'B' }],
  [1150, { label: 'Forretninger', abc: 'B' }],
  [1300, { label: 'Næringsvirksomhet/næringsbebyggelse', abc: 'B' }],
  [1310, { label: 'Kontor', abc: 'A' }],
  [1320, { label: 'Hotell/overnatting', abc: 'B' }],
  [1330, { label: 'Bevertning', abc: 'B' }],
  [1340, { label: 'Industri', abc: 'C' }],
  [1350, { label: 'Lager', abc: 'C' }],
  [1360, { label: 'Bensinstasjon/vegserviceanlegg', abc: 'C' }],
  [1390, { label: 'Annen næring', abc: 'B' }],
  [1501, { label: 'Godsterminal', abc: 'C' }],
  [1502, { label: 'Godslager', abc: 'C' }],
  [1800, { label: 'Kombinert bebyggelse og anleggsformål', abc: 'B' }],
]);

/**
 * Common codes that are skipped and that the skip reason names ("2070 Kollektivknutepunkt"; the names are words, in
 * src/i18n siteNotes.*.ts, by code). Codes not here are skipped as not in the table.
 */
export const NAMED_OTHER_CODES: ReadonlySet<number> = new Set<number>([
  1001, 1110, 1120, 1160, 1170, 1200, 1400, 1500, 1600, 1700, 2001, 2010, 2020, 2030, 2040, 2050, 2060, 2070, 2080,
  2100, 2800, 3001, 3020, 3030, 3040, 3050, 4001, 5000, 5100, 5200, 5210, 5220, 5230, 6001,
]);

/** Skipped codes a planner might expect to be kept, with the variant of the skip whose words say why (src/i18n). */
const SKIP_WHY: ReadonlyMap<number, string> = new Map<number, string>([
  [1160, 'services'],
  [5230, 'scattered'],
  [1200, 'mineral'],
]);

export type ArealformalClass =
  | { keep: true; code: number; rule: ArealformalRule }
  | {
      keep: false;
      code: number | null;
      /** Why, as the variant of the skip `arealformal-not-business` (`not-a-code`, `unlisted`, `named`, `services` …)
       * and its params (`value`, `code`); the words, the code's name among them, are in src/i18n. */
      variant: string;
      params: Readonly<Record<string, string>>;
    };

/** Reads a code from a number or text such as "1300" or "1300 - Næringsbebyggelse"; null when there is none. */
export function parseArealformalCode(value: unknown): number | null {
  if (typeof value === 'number') return Number.isInteger(value) && value > 0 ? value : null;
  if (typeof value !== 'string') return null;
  const m = /^\s*(\d{3,4})(?:\s|$|[-–:,.])/.exec(value);
  return m?.[1] === undefined ? null : Number(m[1]);
}

/** Decides whether a feature's arealformål is business land (with its rule) or why it is skipped. */
export function classifyArealformal(
  value: unknown,
  table: ReadonlyMap<number, ArealformalRule> = BUSINESS_CODES,
): ArealformalClass {
  const code = parseArealformalCode(value);
  if (code === null)
    return {
      keep: false,
      code: null,
      variant: 'not-a-code',
      params: { value: JSON.stringify(value) ?? String(value) },
    };
  const rule = table.get(code);
  if (rule) return { keep: true, code, rule };
  if (!NAMED_OTHER_CODES.has(code)) return { keep: false, code, variant: 'unlisted', params: { code: String(code) } };
  return { keep: false, code, variant: SKIP_WHY.get(code) ?? 'named', params: { code: String(code) } };
}

export interface StatusReading {
  status: SiteStatus;
  /** Set when the reading loses information (code 3), for the site's note (as facts; the words are in src/i18n). */
  derived?: DerivedNote;
}

/**
 * SOSI arealbruksstatus: 1 nåværende, 2 framtidig, 3 videreutvikling av nåværende (an existing area
 * planned to be developed further). The engine has only eksisterende/fremtidig, so 3 is read as
 * eksisterende — the land is in use today — and the site's note says so.
 */
export function readArealbruksstatus(value: unknown): StatusReading | null {
  const text = typeof value === 'number' ? String(value) : typeof value === 'string' ? value.trim().toLowerCase() : '';
  if (text === '1' || text.startsWith('nåværende') || text.startsWith('naværende')) return { status: 'eksisterende' };
  if (text === '2' || text.startsWith('framtidig') || text.startsWith('fremtidig')) return { status: 'fremtidig' };
  if (text === '3' || text.startsWith('videreutvikling')) {
    return {
      status: 'eksisterende',
      derived: { code: 'status-from-arealbruksstatus', params: { value: '3', status: 'eksisterende' } },
    };
  }
  return null;
}
