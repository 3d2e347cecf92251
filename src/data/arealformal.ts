// SOSI arealformål codes (kommuneplan KpArealformål, reguleringsplan RpArealformål): which are business land, and their
// default ABC type.
import type { AbcType, SiteStatus } from '../domain/types.ts';

export interface ArealformalRule {
  /** Norwegian name of the code (SOSI code list wording, shortened). */
  label: string;
  /** Default ABC type for a site with this code; the file's own `abc` property wins when present. */
  abc: AbcType;
  /** Why this default, in one line (shown in docs/plan-data.md and in the site's note). */
  why: string;
}

/**
 * Business-land codes kept as sites. Codes 1130–1150, 1300, 1800 exist in both kommuneplan and
 * reguleringsplan lists; 1310–1390 and 1501/1502 are reguleringsplan sub-codes. Checked against
 * the SOSI-Plan code lists (Geonorge objektkatalog, KpArealformål / RpArealformål). The ABC defaults
 * are this project's judgement of the ABC principle (Temaplan næring §5.9.2), not an official mapping.
 * Kept in a Map so a code read from a file can never hit an inherited key.
 */
export const BUSINESS_CODES: ReadonlyMap<number, ArealformalRule> = new Map<number, ArealformalRule>([
  [
    1130,
    {
      label: 'Sentrumsformål',
      abc: 'A',
      why: 'town-centre land: offices, retail and services where public transport is best',
    },
  ],
  [1140, { label: 'Kjøpesenter', abc: 'B', why: 'retail with many visitors and much car traffic' }],
  [1150, { label: 'Forretninger', abc: 'B', why: 'retail and service: moderate visitors per m²' }],
  [
    1300,
    {
      label: 'Næringsvirksomhet/næringsbebyggelse',
      abc: 'B',
      why: 'business land of unspecified kind: the middle type until the plan says more',
    },
  ],
  [1310, { label: 'Kontor', abc: 'A', why: 'offices: the most people per m², belongs at the best hubs' }],
  [1320, { label: 'Hotell/overnatting', abc: 'B', why: 'many visitors, some by car' }],
  [1330, { label: 'Bevertning', abc: 'B', why: 'visitor-oriented service' }],
  [1340, { label: 'Industri', abc: 'C', why: 'production: area-demanding, goods traffic' }],
  [1350, { label: 'Lager', abc: 'C', why: 'warehousing: few jobs per m², heavy goods traffic' }],
  [1360, { label: 'Bensinstasjon/vegserviceanlegg', abc: 'C', why: 'serves road traffic by definition' }],
  [1390, { label: 'Annen næring', abc: 'B', why: 'unspecified business: the middle type' }],
  [1501, { label: 'Godsterminal', abc: 'C', why: 'freight terminal: logistics by main roads' }],
  [1502, { label: 'Godslager', abc: 'C', why: 'freight storage: logistics by main roads' }],
  [
    1800,
    {
      label: 'Kombinert bebyggelse og anleggsformål',
      abc: 'B',
      why: 'mixed use (often housing with business): the middle type; the business share is unknown',
    },
  ],
]);

/** Names of common codes that are skipped, so the skip reason can name them ("2070 Kollektivknutepunkt"). */
const OTHER_LABELS: ReadonlyMap<number, string> = new Map<number, string>([
  [1001, 'Bebyggelse og anlegg'],
  [1110, 'Boligbebyggelse'],
  [1120, 'Fritidsbebyggelse'],
  [1160, 'Offentlig eller privat tjenesteyting'],
  [1170, 'Fritids- og turistformål'],
  [1200, 'Råstoffutvinning'],
  [1400, 'Idrettsanlegg'],
  [1500, 'Andre typer bebyggelse og anlegg'],
  [1600, 'Uteoppholdsareal'],
  [1700, 'Grav- og urnelund'],
  [2001, 'Samferdselsanlegg og teknisk infrastruktur'],
  [2010, 'Veg'],
  [2020, 'Bane'],
  [2030, 'Lufthavn'],
  [2040, 'Havn'],
  [2050, 'Hovednett for sykkel'],
  [2060, 'Kollektivnett'],
  [2070, 'Kollektivknutepunkt'],
  [2080, 'Parkering'],
  [2100, 'Trasé for teknisk infrastruktur'],
  [2800, 'Kombinerte samferdselsformål'],
  [3001, 'Grønnstruktur'],
  [3020, 'Naturområde'],
  [3030, 'Turdrag'],
  [3040, 'Friområde'],
  [3050, 'Park'],
  [4001, 'Forsvaret'],
  [5000, 'LNFR'],
  [5100, 'LNFR'],
  [5200, 'LNFR spredt bebyggelse'],
  [5210, 'Spredt boligbebyggelse'],
  [5220, 'Spredt fritidsbebyggelse'],
  [5230, 'Spredt næringsbebyggelse'],
  [6001, 'Bruk og vern av sjø og vassdrag'],
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
       * and its params (`value`, `code`, `label`); the words are in src/i18n. */
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
  const label = OTHER_LABELS.get(code);
  if (label === undefined) return { keep: false, code, variant: 'unlisted', params: { code: String(code) } };
  return { keep: false, code, variant: SKIP_WHY.get(code) ?? 'named', params: { code: String(code), label } };
}

export interface StatusReading {
  status: SiteStatus;
  /** Set when the reading loses information (code 3), for the site's note. */
  note?: string;
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
    return { status: 'eksisterende', note: 'arealbruksstatus 3 (videreutvikling av nåværende) read as eksisterende' };
  }
  return null;
}
