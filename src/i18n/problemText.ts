// Loader messages in a language, made from the problem's facts: a headline by the problem's `code` that names the file
// and feature and says what to do, and the detail that names the facts in its params (src/i18n/loadDetail.*.ts). One
// renderer for the UI (src/ui/load) and the CLIs' stderr (scripts/cli/problemLine.ts); the loaders build no sentences.
import { MAX_GEOJSON_CHARS } from '../domain/inputLimits';
import type { FeatureRef, NamedFeature } from '../domain/types';
import { featureRefText, namedFeatureText } from './featureRef';
import { translator, type Lang } from './index';
import { loadProblemsEn } from './load.en';
import { loadProblemsNb, loadSkipReasonsNb } from './load.nb';
import { loadDetailsEn, loadDetailWordsEn, skipReasonsEn, skipShortEn, validityWhatEn } from './loadDetail.en';
import {
  loadDetailsNb,
  loadDetailWordsNb,
  skipReasonsNb,
  skipShortNb,
  validityWhatNb,
  type LoadDetailWords,
} from './loadDetail.nb';
import { loadJobProblemsEn } from './loadJob.en';
import { arealformalName } from './siteNotes';
import { crsLabel } from './crsLabel';
import { koordsysName, supportedKoordsysText } from './koordsys';
import { loadJobProblemsNb } from './loadJob.nb';
import { planProblemsEn } from './plan.en';
import { planProblemsNb } from './plan.nb';
import { validityProblemsEn, validitySkipReasonsEn } from './validity.en';
import { validityProblemsNb, validitySkipReasonsNb } from './validity.nb';

type Params = Readonly<Record<string, string>>;

/** A loader problem, warning or skipped feature: what every message is made from (facts only). */
export interface ProblemLike {
  code: string;
  /** Which of the code's texts, when it has several. */
  variant?: string | undefined;
  featureIndex?: number | undefined;
  featureId?: string | undefined;
  file?: string | undefined;
  /** Where the feature is when `features[i]` would mislead (a SOSI object, a GML element, a CSV row). */
  ref?: FeatureRef | undefined;
  /** Other features the words name: `{first}` (the first use of an id), `{features}` (a grouped skip's list). */
  named?: readonly NamedFeature[] | undefined;
  /** Facts the words name (e.g. `{region}`, `{line}`); plain text. */
  params?: Params | undefined;
}

export interface ProblemText {
  /** In the user's language; names the file or the feature and says what to do. */
  headline: string;
  /** The exact facts (lines, values, fields), in the same language, when the headline is the general advice; else
   * null. */
  detail: string | null;
}

/** How numbers in params are shown: areas in daa (keys ending in `Daa`). */
export interface ProblemFormat {
  daa(areaDaa: number, lang: Lang): string;
}

const PROBLEMS: Record<Lang, Params> = {
  nb: { ...loadProblemsNb, ...validityProblemsNb, ...planProblemsNb, ...loadJobProblemsNb },
  en: { ...loadProblemsEn, ...validityProblemsEn, ...planProblemsEn, ...loadJobProblemsEn },
};
const DETAILS: Record<Lang, Params> = { nb: loadDetailsNb, en: loadDetailsEn };
const WORDS: Record<Lang, LoadDetailWords> = { nb: loadDetailWordsNb, en: loadDetailWordsEn };
const VALIDITY_WHAT: Record<Lang, Params> = { nb: validityWhatNb, en: validityWhatEn };
/** Full skip reasons (naming the facts), then the short ones by code. */
const SKIP_REASONS: Record<Lang, Params> = { nb: skipReasonsNb, en: skipReasonsEn };
const SKIP_SHORT: Record<Lang, Params> = {
  nb: { ...loadSkipReasonsNb, ...validitySkipReasonsNb, ...skipShortNb },
  en: { ...skipShortEn, ...validitySkipReasonsEn },
};

/** Every code that has a headline in both languages (for the tests that compare the UI's and the CLIs' words). */
export function problemCodes(): string[] {
  return Object.keys(PROBLEMS.nb).filter((k) => Object.hasOwn(PROBLEMS.en, k));
}

/** Every detail key (`code`, `code/variant`, `code:file`, `/variant`) of a language, for the catalogue tests. */
export function problemDetailKeys(lang: Lang): string[] {
  return Object.keys(DETAILS[lang]);
}

/** Every skip-reason key of a language (full, then short), for the catalogue tests. */
export function skipReasonKeys(lang: Lang): string[] {
  return [...Object.keys(SKIP_REASONS[lang]), ...Object.keys(SKIP_SHORT[lang])];
}

/**
 * `{name}` placeholders filled with plain text (the values come from files and are never read as markup);
 * `{count|one|other}` is the word for one or for another number of `count`.
 */
function fill(template: string, vars: Params): string {
  return template
    .replace(/\{(\w+)\|([^|{}]*)\|([^|{}]*)\}/g, (whole, name: string, one: string, other: string) =>
      Object.hasOwn(vars, name) ? (vars[name] === '1' ? one : other) : whole,
    )
    .replace(/\{(\w+)\}/g, (whole, name: string) => (Object.hasOwn(vars, name) ? (vars[name] as string) : whole));
}

const unfilled = (text: string): boolean => /\{\w+\}/.test(text);

/** `polygon 1 ring 2 (hole), position 3`, `the point`: where in a geometry, from the params `polygon`, `ring`… */
function whereText(params: Params, w: LoadDetailWords, prefix = ''): string | undefined {
  // `otherPolygon` beside `polygon`: a prefix capitalises the key.
  const get = (k: string): string | undefined =>
    params[prefix === '' ? k : `${prefix}${k.charAt(0).toUpperCase()}${k.slice(1)}`];
  const point = get('point');
  if (point !== undefined) return point === 'stop' ? w.stop : w.point;
  const polygon = get('polygon');
  if (polygon === undefined) return undefined;
  let text = polygon === '0' ? w.onlyPolygon : fill(w.polygon, { polygon });
  const ring = get('ring');
  if (ring !== undefined) text += ` ${fill(w.ring, { ring })} ${ring === '1' ? w.outer : w.hole}`;
  const position = get('position');
  if (position !== undefined) text += `${w.whereJoin}${fill(w.position, { position })}`;
  return text;
}

/** A distance in km as the words say it (`inf`: very far). */
const kmText = (km: string, w: LoadDetailWords): string => (km === 'inf' ? w.veryFar : fill(w.km, { km }));

/** A skipped arealformål code's name from the catalogue (the reader gives the code only): `{label}` of its reasons. */
function withArealformalName(code: string, params: Params, lang: Lang): Params {
  if (code !== 'arealformal-not-business' || params['code'] === undefined || params['label'] !== undefined)
    return params;
  const name = arealformalName(params['code'], lang);
  return name === undefined ? params : { ...params, label: name };
}

/** A skip reason in `lang`: the full reason naming the facts, else the short one for the code, else the code. */
function reasonText(code: string, variant: string | undefined, given: Params, lang: Lang): string {
  const params = withArealformalName(code, given, lang);
  const full = SKIP_REASONS[lang];
  for (const key of variant === undefined ? [code] : [`${code}/${variant}`, code]) {
    if (!Object.hasOwn(full, key)) continue;
    const text = fill(full[key] as string, params);
    if (!unfilled(text)) return text;
  }
  const short = SKIP_SHORT[lang];
  if (Object.hasOwn(short, code) && !unfilled(short[code] as string)) return short[code] as string;
  return code;
}

/** `3 × no geometry; 1 × 1110 Boligbebyggelse: not business land` from the reasons' facts (JSON text). */
function reasonsText(json: string, lang: Lang): string {
  const w = WORDS[lang];
  let list: unknown;
  try {
    list = JSON.parse(json);
  } catch {
    return json;
  }
  if (!Array.isArray(list)) return json;
  return list
    .map((r: { code?: unknown; variant?: unknown; params?: unknown; count?: unknown }) => {
      const code = typeof r.code === 'string' ? r.code : '?';
      const variant = typeof r.variant === 'string' ? r.variant : undefined;
      const params = typeof r.params === 'object' && r.params !== null ? (r.params as Params) : {};
      return fill(w.reasonItem, { count: String(r.count), reason: reasonText(code, variant, params, lang) });
    })
    .join(w.reasonJoin);
}

/** The words the details are put together from, derived from the params (where, place, JSON kinds, reasons …). */
function derived(p: ProblemLike, lang: Lang, format: ProblemFormat): Record<string, string> {
  const w = WORDS[lang];
  const params = p.params ?? {};
  const out: Record<string, string> = {};
  const nf = new Intl.NumberFormat(lang === 'nb' ? 'nb-NO' : 'en-GB', { maximumFractionDigits: 1 });
  for (const [k, v] of Object.entries(params)) {
    const n = Number(v);
    out[k] =
      v === '' || !Number.isFinite(n)
        ? v
        : k.endsWith('Daa')
          ? format.daa(n, lang)
          : k.endsWith('M2') || k.endsWith('Km2')
            ? nf.format(n)
            : v;
  }
  if (p.named !== undefined && p.named.length > 0) {
    const names = p.named.map((f) => namedFeatureText(f, lang));
    out['first'] = names[0] as string;
    out['features'] = names.join(', ');
  }
  const where = whereText(params, w);
  if (where !== undefined) out['where'] = where;
  const other = whereText(params, w, 'other');
  if (other !== undefined) out['other'] = other;
  if (params['nearE'] !== undefined) out['near'] = fill(w.near, params);
  if (params['crsSource'] !== undefined) {
    const source = params['crsSource'] as keyof LoadDetailWords['read'];
    out['read'] = w.read[source] ?? params['crsSource'];
  }
  if (params['lat'] !== undefined && params['lon'] !== undefined) {
    const lat = Number(params['lat']);
    const lon = Number(params['lon']);
    out['place'] = fill(w.place, {
      lat: Math.abs(lat).toFixed(2),
      lon: Math.abs(lon).toFixed(2),
      ns: lat >= 0 ? w.compass.n : w.compass.s,
      ew: lon >= 0 ? w.compass.e : w.compass.w,
    });
  } else out['place'] = w.nowhere;
  if (params['kind'] !== undefined && Object.hasOwn(w.json, params['kind']))
    out['what'] = fill(w.json[params['kind']] as string, params);
  if (params['type'] === undefined) out['type'] = w.untyped;
  if (params['expected'] !== undefined && Object.hasOwn(w.expected, params['expected']))
    out['expected'] = fill(w.expected[params['expected']] as string, params);
  for (const k of ['far', 'd32Km', 'd33Km', 'dKm'])
    if (params[k] !== undefined) out[k] = kmText(params[k] as string, w);
  if (params['epsg'] !== undefined) {
    out['label'] = crsLabel(Number(params['epsg']), lang);
  }
  // A SOSI KOORDSYS the reader does not read: its system's name and the ones it reads, in words (src/i18n/koordsys.ts).
  if (p.code === 'sosi-koordsys-unsupported') {
    const name = params['koordsys'] === undefined ? undefined : koordsysName(Number(params['koordsys']), lang);
    if (name !== undefined) out['name'] = name;
    out['supported'] = supportedKoordsysText(lang);
  }
  // A ring of a SOSI area: the outer boundary, or hole N.
  out['ringName'] = params['hole'] === undefined ? w.outerBoundary : fill(w.holeNumber, { hole: params['hole'] });
  // Validity: the rule's words, and a second issue's (the repair's caveat) from the params prefixed `still.`.
  const rule = params['rule'];
  if (rule !== undefined && Object.hasOwn(VALIDITY_WHAT[lang], rule))
    out['what'] = fill(VALIDITY_WHAT[lang][rule] as string, out);
  const still = params['still.rule'];
  if (still !== undefined && Object.hasOwn(VALIDITY_WHAT[lang], still)) {
    const s: Record<string, string> = {};
    for (const [k, v] of Object.entries(params)) if (k.startsWith('still.')) s[k.slice('still.'.length)] = v;
    const sWhere = whereText(s, w);
    const sOther = whereText(s, w, 'other');
    out['stillWhat'] = fill(VALIDITY_WHAT[lang][still] as string, {
      ...s,
      ...(sWhere === undefined ? {} : { where: sWhere }),
      ...(sOther === undefined ? {} : { other: sOther }),
      ...(s['nearE'] === undefined ? {} : { near: fill(w.near, s) }),
    });
  }
  // A grouped skip: the reason's words; nothing usable: the count per reason.
  if (p.variant === 'filtered' || p.variant === 'filtered-more')
    out['reason'] = reasonText(p.code, params['skipVariant'], params, lang);
  if (params['reasons'] !== undefined) out['reasons'] = reasonsText(params['reasons'], lang);
  return out;
}

/** How a message names a feature: `features[3] (id «S3»)`, or for a GTFS stop `stoppested «NSR:1»`. */
export function featureName(
  p: { featureIndex?: number | undefined; featureId?: string | undefined; ref?: FeatureRef | undefined },
  gtfs: boolean,
  lang: Lang,
): string {
  const t = translator(lang);
  if (gtfs && p.featureId !== undefined) return t('loadStopLabel', { id: p.featureId });
  const ref =
    p.ref !== undefined
      ? featureRefText(p.ref, lang)
      : p.featureIndex === undefined
        ? 'features[?]'
        : featureRefText({ kind: 'feature', index: p.featureIndex }, lang);
  return p.featureId === undefined ? ref : t('loadFeatureLabel', { ref, id: p.featureId });
}

/** The detail template for a problem: `code/variant:file`, `code/variant`, `code:file`, `code`, `/variant`. */
function detailTemplate(p: ProblemLike, lang: Lang): string | null {
  const table = DETAILS[lang];
  const fileLevel = p.featureIndex === undefined;
  const base = p.variant === undefined ? [p.code] : [`${p.code}/${p.variant}`, `/${p.variant}`, p.code];
  for (const key of base.flatMap((k) => (fileLevel ? [`${k}:file`, k] : [k])))
    if (Object.hasOwn(table, key)) return table[key] as string;
  return null;
}

/** True when a problem has words in `lang`: a headline or a detail for its code and variant. */
export function hasProblemWords(p: ProblemLike, lang: Lang): boolean {
  const fileLevel = p.featureIndex === undefined;
  const table = PROBLEMS[lang];
  const headline =
    (fileLevel && Object.hasOwn(table, `${p.code}:file`)) ||
    (Object.hasOwn(table, p.code) && !(fileLevel && (table[p.code] as string).includes('{feature}')));
  return headline || detailTemplate(p, lang) !== null;
}

/**
 * The message for a problem: the headline for its code (`code:file` when it concerns the whole file) with the detail
 * that names the facts; a problem without a headline is the detail itself, after the file and feature it concerns.
 */
export function problemText(
  p: ProblemLike,
  ctx: { file: string; gtfs: boolean; surface?: 'app' | 'cli' },
  lang: Lang,
  format: ProblemFormat,
): ProblemText {
  const t = translator(lang);
  const table = PROBLEMS[lang];
  const fileLevel = p.featureIndex === undefined;
  const key = fileLevel && Object.hasOwn(table, `${p.code}:file`) ? `${p.code}:file` : p.code;
  const file = p.file ?? ctx.file;
  const feature = fileLevel ? '' : featureName(p, ctx.gtfs, lang);
  const vars: Record<string, string> = {
    limitMb: String(Math.round(MAX_GEOJSON_CHARS / (1024 * 1024))),
    // Where the user picks another coordinate system: the load dialog's choice, or the CLIs' option.
    crsChoice: t(ctx.surface === 'cli' ? 'problemCrsChoiceCli' : 'problemCrsChoiceApp'),
    ...derived(p, lang, format),
    file,
    feature,
  };
  // The detail names the file and the feature itself, so it reads alone (a log line, a list of warnings).
  const detailT = detailTemplate(p, lang);
  const where = fileLevel ? `${file}: ` : `${file}: ${feature}: `;
  // Without words for the facts, a technical text the caller kept (an exception's message) is the detail as it is.
  let detail = detailT === null ? (p.params?.['detail'] ?? null) : `${where}${fill(detailT, vars)}`;
  if (detail !== null && p.params?.['skipped'] !== undefined) detail = `${detail} ${WORDS[lang].skipped}`;
  const template = Object.hasOwn(table, key) ? (table[key] as string) : null;
  if (template === null || (fileLevel && template.includes('{feature}')))
    return { headline: detail ?? `${where}${p.code}`, detail: null };
  return { headline: fill(template, vars), detail };
}

/** The first of several problems, named after the one that made the file unusable (`The first: …`). */
export function firstProblemText(text: string, lang: Lang): string {
  return fill(WORDS[lang].first, { text });
}

/**
 * A short reason for a count of skipped features, in `lang`: the reason that names the facts (from the skip's code,
 * variant and params), else the short one for the code.
 */
export function skipReasonText(
  s: { code: string; variant?: string | undefined; params?: Params | undefined },
  lang: Lang,
): string {
  return reasonText(s.code, s.variant, s.params ?? {}, lang);
}
