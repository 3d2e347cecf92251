// Loader messages in a language: a template by the problem's `code` that names the file and feature, with the loader's
// own text kept as detail. One renderer for the UI (src/ui/load) and the CLIs' stderr (scripts/cli/problemLine.ts).
import { MAX_GEOJSON_CHARS } from '../domain/inputLimits';
import { translator, type Lang } from './index';
import { loadProblemsEn, loadSkipReasonsEn } from './load.en';
import { loadProblemsNb, loadSkipReasonsNb } from './load.nb';
import { loadJobProblemsEn } from './loadJob.en';
import { loadJobProblemsNb } from './loadJob.nb';
import { planProblemsEn } from './plan.en';
import { planProblemsNb } from './plan.nb';
import { validityProblemsEn, validitySkipReasonsEn } from './validity.en';
import { validityProblemsNb, validitySkipReasonsNb } from './validity.nb';

/** A loader problem, warning or skipped feature: what every message is made from. */
export interface ProblemLike {
  code: string;
  /** The loader's own (English) text with the exact details; absent when the code and params say it all. */
  message?: string | undefined;
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

/** How numbers in params are shown: areas in daa (keys ending in `Daa`). */
export interface ProblemFormat {
  daa(areaDaa: number, lang: Lang): string;
}

const PROBLEMS: Record<Lang, Readonly<Record<string, string>>> = {
  nb: { ...loadProblemsNb, ...validityProblemsNb, ...planProblemsNb, ...loadJobProblemsNb },
  en: { ...loadProblemsEn, ...validityProblemsEn, ...planProblemsEn, ...loadJobProblemsEn },
};
const SKIP_REASONS: Record<Lang, Readonly<Record<string, string>>> = {
  nb: { ...loadSkipReasonsNb, ...validitySkipReasonsNb },
  en: { ...loadSkipReasonsEn, ...validitySkipReasonsEn },
};

/** Every code that has a template in both languages (for the tests that compare the UI's and the CLIs' words). */
export function problemCodes(): string[] {
  return Object.keys(PROBLEMS.nb).filter((k) => Object.hasOwn(PROBLEMS.en, k));
}

/** `{name}` placeholders filled with plain text (the values come from files and are never read as markup). */
function fill(template: string, vars: Readonly<Record<string, string>>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.hasOwn(vars, name) ? (vars[name] as string) : whole,
  );
}

function localParams(
  params: Readonly<Record<string, string>> | undefined,
  lang: Lang,
  format: ProblemFormat,
): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(params ?? {}))
    out[k] = k.endsWith('Daa') && Number.isFinite(Number(v)) ? format.daa(Number(v), lang) : v;
  return out;
}

/** How a message names a feature: `features[3] (id «S3»)`, or for a GTFS stop `stoppested «NSR:1»`. */
export function featureName(
  p: { featureIndex?: number | undefined; featureId?: string | undefined; ref?: string | undefined },
  gtfs: boolean,
  lang: Lang,
): string {
  const t = translator(lang);
  if (gtfs && p.featureId !== undefined) return t('loadStopLabel', { id: p.featureId });
  const ref = p.ref ?? `features[${p.featureIndex ?? '?'}]`;
  return p.featureId === undefined ? ref : t('loadFeatureLabel', { ref, id: p.featureId });
}

/**
 * The message for a problem: the template for its code (`code:file` when it concerns the whole file),
 * or the loader's English message when there is none — and when the problem names a feature the template
 * cannot (a template with {feature} for a file-level problem).
 */
export function problemText(
  p: ProblemLike,
  ctx: { file: string; gtfs: boolean; surface?: 'app' | 'cli' },
  lang: Lang,
  format: ProblemFormat,
): ProblemText {
  const table = PROBLEMS[lang];
  const fileLevel = p.featureIndex === undefined;
  const key = fileLevel && Object.hasOwn(table, `${p.code}:file`) ? `${p.code}:file` : p.code;
  const template = Object.hasOwn(table, key) ? (table[key] as string) : null;
  const detail = p.message ?? p.params?.['detail'] ?? null;
  if (template === null || (fileLevel && template.includes('{feature}')))
    return { headline: detail ?? p.code, detail: null };
  const headline = fill(template, {
    limitMb: String(Math.round(MAX_GEOJSON_CHARS / (1024 * 1024))),
    // Where the user picks another coordinate system: the load dialog's choice, or the CLIs' option.
    crsChoice: translator(lang)(ctx.surface === 'cli' ? 'problemCrsChoiceCli' : 'problemCrsChoiceApp'),
    ...localParams(p.params, lang, format),
    file: p.file ?? ctx.file,
    feature: fileLevel ? '' : featureName(p, ctx.gtfs, lang),
  });
  return { headline, detail };
}

/** Skip reasons that differ per group (they name the code or value, e.g. "1110 Boligbebyggelse"), so the loader's
 * wording is kept beside the translation. */
const SPECIFIC_REASONS = new Set([
  'arealformal-not-business',
  'objtype-not-area',
  'kommune-not-asker',
  'kommune-not-in-profile',
]);

/**
 * A short reason for a count of skipped features. A translation that names a fact (`{value}`) is filled from the
 * skip's params; without them the loader's own wording is kept rather than a half-filled template.
 */
export function skipReasonText(
  s: { code: string; reason: string; params?: Readonly<Record<string, string>> | undefined },
  lang: Lang,
): string {
  const table = SKIP_REASONS[lang];
  if (!Object.hasOwn(table, s.code)) return s.reason;
  const short = table[s.code] as string;
  if (/\{\w+\}/.test(short)) {
    const filled = fill(short, s.params ?? {});
    return /\{\w+\}/.test(filled) ? s.reason : filled;
  }
  return SPECIFIC_REASONS.has(s.code) ? `${short} – ${s.reason}` : short;
}
