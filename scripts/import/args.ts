// Command-line arguments of the import CLI: strict parsing, validation, and the usage/help texts.
import { SUPPORTED_EPSG } from '../../src/domain/crsNames.ts';
import { crsOf, optionTable, parseCommon, stringOf, type Lang, type Translate } from '../cli/options.ts';
import type { EpsgCode, HubType } from '../../src/domain/types.ts';
import { DEFAULT_HUB_RULE, type HubRule } from '../../src/data/gtfsHubs.ts';

export const KINDS = ['sites', 'hubs', 'regions'] as const;
export type ImportKind = (typeof KINDS)[number];

export interface ImportOptions {
  input: string;
  kind: ImportKind;
  out?: string;
  crs?: EpsgCode;
  strict: boolean;
  /** Rebuild invalid polygons as ST_MakeValid would (with a warning) instead of skipping them. */
  repair: boolean;
  otherKommuner: 'skip' | 'keep';
  /** A kommune profile (its kommune→region rule and where its data lies); default geodata/profiles/asker.json. */
  profile?: string;
  serviceDate?: string;
  rule: HubRule;
  /** Language of the stderr messages (--lang); default nb. */
  lang: Lang;
}

const rule = DEFAULT_HUB_RULE;

/** The usage lines, in the language argv asks for. */
export function usageText(t: Translate): string {
  return t('cliImportUsage');
}

/** The --help text: usage, options (with the GTFS hub rule's defaults) and exit statuses. */
export function helpText(t: Translate): string {
  const min = rule.minDeparturesPerHour;
  return t('cliImportHelp', {
    usage: usageText(t),
    supported: SUPPORTED_EPSG.map((c) => `EPSG:${c}`).join(', '),
    window: `${rule.fromHour}-${rule.toHour}`,
    minPerHour: `tog=${min.tog},buss=${min.buss},båt=${min.båt}`,
  });
}

export type ParsedArgs =
  { ok: true; options: ImportOptions; help: false } | { ok: true; help: true } | { ok: false; error: string };

const HUB_TYPES: ReadonlyMap<string, HubType> = new Map([
  ['tog', 'tog'],
  ['buss', 'buss'],
  ['båt', 'båt'],
  ['baat', 'båt'],
  ['bat', 'båt'],
]);

function parseMinPerHour(text: string, t: Translate): Record<HubType, number> | string {
  const out = { ...rule.minDeparturesPerHour };
  for (const part of text.split(',')) {
    const m = /^\s*([a-zå]+)\s*=\s*(\d+(?:\.\d+)?)\s*$/i.exec(part);
    const type = m?.[1] === undefined ? undefined : HUB_TYPES.get(m[1].toLowerCase());
    if (!m || type === undefined) {
      return t('cliMinPerHourFormat', { given: JSON.stringify(text) });
    }
    out[type] = Number(m[2]);
  }
  return out;
}

/** Parses argv (without node and script). Never throws. */
export function parseImportArgs(argv: readonly string[]): ParsedArgs {
  const common = parseCommon(
    argv,
    optionTable(
      ['in', 'kind', 'out', 'crs', 'other-kommuner', 'profile', 'date', 'window', 'min-per-hour'],
      ['strict', 'repair'],
    ),
    undefined,
    { help: 'first' },
  );
  if (!common.ok) return common;
  const { values, t, lang, help } = common.value;
  if (help) return { ok: true, help: true };
  const str = (k: string): string | undefined => stringOf(values, k);
  const input = str('in');
  if (!input) return { ok: false, error: t('cliInRequired') };
  const kind = str('kind');
  if (kind === undefined) return { ok: false, error: t('cliKindRequired') };
  if (!(KINDS as readonly string[]).includes(kind))
    return { ok: false, error: t('cliKindChoice', { given: JSON.stringify(kind) }) };
  const other = str('other-kommuner') ?? 'skip';
  if (other !== 'skip' && other !== 'keep')
    return { ok: false, error: t('cliOtherKommunerChoice', { given: JSON.stringify(other) }) };
  const options: ImportOptions = {
    input,
    kind: kind as ImportKind,
    strict: values['strict'] === true,
    repair: values['repair'] === true,
    otherKommuner: other,
    rule: { ...rule },
    lang,
  };
  const profile = str('profile');
  if (profile === '') return { ok: false, error: t('cliNeedsFile', { option: 'profile' }) };
  if (profile !== undefined) options.profile = profile;
  const out = str('out');
  if (out === '') return { ok: false, error: t('cliNeedsFile', { option: 'out' }) };
  if (out !== undefined) options.out = out;
  const crs = crsOf(values, t);
  if (!crs.ok) return crs;
  if (crs.value !== undefined) options.crs = crs.value;
  const date = str('date');
  if (date !== undefined) {
    if (!/^\d{8}$/.test(date)) return { ok: false, error: t('cliDateFormat', { given: JSON.stringify(date) }) };
    options.serviceDate = date;
  }
  const window = str('window');
  if (window !== undefined) {
    const m = /^(\d{1,2})-(\d{1,2})$/.exec(window);
    const from = Number(m?.[1]);
    const to = Number(m?.[2]);
    if (!m || !(from < to) || to > 30)
      return { ok: false, error: t('cliWindowFormat', { given: JSON.stringify(window) }) };
    options.rule = { ...options.rule, fromHour: from, toHour: to };
  }
  const min = str('min-per-hour');
  if (min !== undefined) {
    const parsed = parseMinPerHour(min, t);
    if (typeof parsed === 'string') return { ok: false, error: parsed };
    options.rule = { ...options.rule, minDeparturesPerHour: parsed };
  }
  return { ok: true, options, help: false };
}
