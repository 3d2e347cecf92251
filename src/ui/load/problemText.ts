// Loader messages in the user's language: a template by the problem's `code` that names the file and feature, with the loader's own text kept as detail.
import { MAX_GEOJSON_CHARS } from '../../data/textChecks';
import type { Lang, Translate } from '../../i18n';
import { formatDaa } from '../format';
import { loadProblemsEn, loadSkipReasonsEn } from '../../i18n/load.en';
import { loadProblemsNb, loadSkipReasonsNb } from '../../i18n/load.nb';
import { planProblemsEn } from '../../i18n/plan.en';
import { planProblemsNb } from '../../i18n/plan.nb';
import { validityProblemsEn, validitySkipReasonsEn } from '../../i18n/validity.en';
import { validityProblemsNb, validitySkipReasonsNb } from '../../i18n/validity.nb';

/** A loader problem, warning or skipped feature: what every message is made from. */
export interface ProblemLike {
  code: string;
  message: string;
  featureIndex?: number | undefined;
  featureId?: string | undefined;
  file?: string | undefined;
  /** How the loader names the feature when `features[i]` would mislead (SOSI: `line 40, .FLATE 17`). */
  ref?: string | undefined;
  /** Facts the template names (e.g. `{region}`); plain text. */
  params?: Readonly<Record<string, string>> | undefined;
}

export interface ProblemText {
  /** In the user's language; names the file or the feature and says what to do. */
  headline: string;
  /** The loader's own (English) message with the exact details, when the headline is a translation; else null. */
  detail: string | null;
}

const PROBLEMS: Record<Lang, Readonly<Record<string, string>>> = {
  nb: { ...loadProblemsNb, ...validityProblemsNb, ...planProblemsNb },
  en: { ...loadProblemsEn, ...validityProblemsEn, ...planProblemsEn },
};
const SKIP_REASONS: Record<Lang, Readonly<Record<string, string>>> = { nb: { ...loadSkipReasonsNb, ...validitySkipReasonsNb }, en: { ...loadSkipReasonsEn, ...validitySkipReasonsEn } };

/** `{name}` placeholders filled with plain text (the values come from files and are never read as markup). */
function fill(template: string, vars: Readonly<Record<string, string>>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (Object.hasOwn(vars, name) ? (vars[name] as string) : whole));
}

/** Params as the template shows them: areas in daa (keys ending in `Daa`) formatted for the language. */
function localParams(params: Readonly<Record<string, string>> | undefined, lang: Lang): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(params ?? {})) out[k] = k.endsWith('Daa') && Number.isFinite(Number(v)) ? formatDaa(Number(v), lang) : v;
  return out;
}

/** How a message names a feature: `features[3] (id «S3»)`, or for a GTFS stop `stoppested «NSR:1»`. */
export function featureName(p: { featureIndex?: number | undefined; featureId?: string | undefined; ref?: string | undefined }, gtfs: boolean, t: Translate): string {
  if (gtfs && p.featureId !== undefined) return t('loadStopLabel', { id: p.featureId });
  const ref = p.ref ?? `features[${p.featureIndex ?? '?'}]`;
  return p.featureId === undefined ? ref : t('loadFeatureLabel', { ref, id: p.featureId });
}

/**
 * The message for a problem: the template for its code (`code:file` when it concerns the whole file),
 * or the loader's English message when there is none — and when the problem names a feature the template
 * cannot (a template with {feature} for a file-level problem).
 */
export function describeProblem(p: ProblemLike, ctx: { file: string; gtfs: boolean }, lang: Lang, t: Translate): ProblemText {
  const table = PROBLEMS[lang];
  const fileLevel = p.featureIndex === undefined;
  const key = fileLevel && Object.hasOwn(table, `${p.code}:file`) ? `${p.code}:file` : p.code;
  const template = Object.hasOwn(table, key) ? (table[key] as string) : null;
  if (template === null || (fileLevel && template.includes('{feature}'))) return { headline: p.message, detail: null };
  const headline = fill(template, {
    ...localParams(p.params, lang),
    file: p.file ?? ctx.file,
    feature: fileLevel ? '' : featureName(p, ctx.gtfs, t),
    limitMb: String(Math.round(MAX_GEOJSON_CHARS / (1024 * 1024))),
  });
  return { headline, detail: p.message };
}

/** Skip reasons that differ per group (they name the code or value, e.g. "1110 Boligbebyggelse"), so the loader's wording is kept beside the translation. */
const SPECIFIC_REASONS = new Set(['arealformal-not-business', 'objtype-not-area', 'kommune-not-asker']);

/** A short reason for a count of skipped features. */
export function skipReasonText(s: { code: string; reason: string }, lang: Lang): string {
  const table = SKIP_REASONS[lang];
  if (!Object.hasOwn(table, s.code)) return s.reason;
  const short = table[s.code] as string;
  return SPECIFIC_REASONS.has(s.code) ? `${short} – ${s.reason}` : short;
}
