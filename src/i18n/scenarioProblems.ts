// Scenario problems in words, for the UI and the CLI alike: the field first (from the one field table), then what is
// wrong, in nb or en. The problems are facts from src/domain (`{ path, code, params }`); nothing here reads text.
import {
  pathText,
  scenarioField,
  type ProblemParams,
  type ProblemPath,
  type ScenarioProblem,
  type ScenarioProblemCode,
} from '../domain/scenarioProblem';
import type { ReadinessKey } from '../domain/scenario';
import { LOCALE, translator, type Lang, type MessageKey } from './index';
import { scenarioFieldPartsEn, scenarioFieldsEn } from './scenarioFields.en';
import { scenarioFieldPartsNb, scenarioFieldsNb } from './scenarioFields.nb';
import { scenarioProblemsEn, scenarioValueKindsEn } from './scenarioProblems.en';
import { scenarioProblemsNb, scenarioValueKindsNb } from './scenarioProblems.nb';

const WORDS = {
  nb: {
    fields: scenarioFieldsNb,
    parts: scenarioFieldPartsNb,
    problems: scenarioProblemsNb,
    kinds: scenarioValueKindsNb,
  },
  en: {
    fields: scenarioFieldsEn,
    parts: scenarioFieldPartsEn,
    problems: scenarioProblemsEn,
    kinds: scenarioValueKindsEn,
  },
} satisfies Record<Lang, unknown>;

/** Problems that are a sentence of their own (about the file, the link or the program), not about one field. */
const WHOLE: ReadonlySet<ScenarioProblemCode> = new Set<ScenarioProblemCode>([
  'not-json',
  'utf16',
  'root-not-object',
  'link-damaged',
  'unusable',
  'unexpected',
]);

const READINESS_KEY: Record<ReadinessKey, MessageKey> = {
  byggeklar: 'readinessByggeklar',
  'må reguleres': 'readinessMåReguleres',
  'må omreguleres': 'readinessMåOmreguleres',
  unknown: 'readinessUnknown',
};

const LEVEL_KEY = { low: 'levelLow', mid: 'levelMid', high: 'levelHigh' } as const;

/** `{name}` filled from `vars` in one pass (a value that holds braces stays as it is). */
function fill(template: string, vars: Readonly<Record<string, string>>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.hasOwn(vars, name) ? (vars[name] as string) : whole,
  );
}

const numberFormats = new Map<Lang, Intl.NumberFormat>();

/** Limits and counts as the language writes numbers (10 000 and 0,01 in nb); four-digit years stay ungrouped. */
function formatFigure(value: number, lang: Lang): string {
  let nf = numberFormats.get(lang);
  if (!nf) {
    nf = new Intl.NumberFormat(LOCALE[lang], { maximumFractionDigits: 10, useGrouping: 'min2' });
    numberFormats.set(lang, nf);
  }
  return nf.format(value);
}

function vars(params: ProblemParams, lang: Lang): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(params)) {
    if (key === 'gotKind') {
      const kinds = WORDS[lang].kinds;
      out['got'] = Object.hasOwn(kinds, value) ? kinds[value as keyof typeof kinds] : String(value);
    } else out[key] = typeof value === 'number' ? formatFigure(value, lang) : value;
  }
  return out;
}

/**
 * The field a path points at, in words from the field table: "Arealbehov per arbeidsplass, C (middels)",
 * "Område S07: utnyttelse (%BRA)". A path with no words is quoted as the file names it: «rules[0].set».
 */
export function scenarioFieldWords(path: ProblemPath, lang: Lang): string {
  const { fields, parts } = WORDS[lang];
  const ref = scenarioField(path);
  if (!ref) return path.length === 0 ? parts.whole : fill(parts.path, { path: pathText(path) });
  let words: string = fields[ref.key];
  if (ref.abc !== undefined && ref.level !== undefined)
    words = fill(parts.withAbcLevel, { field: words, abc: ref.abc, level: parts[LEVEL_KEY[ref.level]] });
  else if (ref.abc !== undefined) words = fill(parts.withAbc, { field: words, abc: ref.abc });
  if (ref.readiness !== undefined)
    words = fill(parts.withReadiness, { field: words, readiness: translator(lang)(READINESS_KEY[ref.readiness]) });
  if (ref.lang !== undefined) words = fill(parts.withLang, { field: words, lang: ref.lang });
  if (ref.site !== undefined) words = fill(parts.ofSite, { field: words, site: ref.site });
  if (ref.rule !== undefined) {
    const rule = formatFigure(ref.rule, lang);
    words = fill(ref.key === 'rule' ? parts.rule : parts.ofRule, { field: words, rule });
  }
  return words;
}

/** What is wrong, without the field ("må være et tall mellom 0 og 10, ikke 150"). */
export function scenarioProblemWords(p: ScenarioProblem, lang: Lang): string {
  return fill(WORDS[lang].problems[p.code], vars(p.params, lang));
}

/** One problem as a line for people: the field in words, then the problem ("Tidshorisont (år): må være …"). */
export function scenarioProblemText(p: ScenarioProblem, lang: Lang): string {
  const words = scenarioProblemWords(p, lang);
  return WHOLE.has(p.code) ? words : `${scenarioFieldWords(p.path, lang)}: ${words}`;
}
