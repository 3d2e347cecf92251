// The Markdown output of the land accounts: a readable report (the figures by region, what removed land became,
// farmland beside the plan's indicator, and the change in job capacity) in bokmål, or English with --lang en. Every
// word comes from the message catalogue (src/i18n/accountsMd.*.ts), every number from the shared formatter.
import { BECAME_CATEGORIES, type BecameCategory } from '../../src/domain/accounts/categories.ts';
import { FARMLAND_INDICATOR, farmlandIndicatorYears, type AccountsRow } from '../../src/domain/accounts/rows.ts';
import type { AbcKey } from '../../src/domain/accounts/types.ts';
import { DEFAULT_ASSUMPTIONS } from '../../src/domain/assumptions.ts';
import type { Lang, MessageKey } from '../../src/i18n/index.ts';
import { mdText, wordsFor, type Words } from '../report/mdFormat.ts';
import type { AccountsModel } from './model.ts';

const BECAME_KEY: Record<BecameCategory, MessageKey> = {
  housing: 'amdCatHousing',
  builtOther: 'amdCatBuiltOther',
  transport: 'amdCatTransport',
  green: 'amdCatGreen',
  defence: 'amdCatDefence',
  lnfr: 'amdCatLnfr',
  sea: 'amdCatSea',
  notInPlan: 'amdCatNotInPlan',
};

const abcText = (w: Words, abc: AbcKey): string => (abc === 'unknown' ? w.t('amdAbcUnknown') : abc);
const row = (cells: string[]): string => `| ${cells.join(' | ')} |`;
const name = (w: Words, r: AccountsRow): string => (r.region === null ? `**${w.t('amdTotal')}**` : mdText(r.region));
/** Signed, so a loss reads as a loss: "+12,3" / "−4,0" (minus sign, not a hyphen). */
const signed = (w: Words, v: number, d: number): string => {
  const t = w.n(Math.abs(v), d);
  if (t === w.n(0, d)) return t;
  return `${v > 0 ? '+' : '−'}${t}`;
};

export function formatAccountsMarkdown(m: AccountsModel, lang: Lang = 'nb'): string {
  const w = wordsFor(lang);
  const { t, n } = w;
  const total = m.rows[m.rows.length - 1] as AccountsRow;
  const farm = total.farmlandAddedDaa !== null;
  const lines: string[] = [
    t('amdTitle'),
    '',
    t('amdInputs', {
      before: mdText(m.inputs.before?.file ?? ''),
      after: mdText(m.inputs.after?.file ?? ''),
      regions: mdText(m.inputs.regions?.file ?? ''),
      farmland: m.inputs.farmland ? t('amdInputsFarmland', { file: mdText(m.inputs.farmland.file) }) : '',
    }),
    '',
    t('amdIntro'),
    '',
    t('amdFlowHeading'),
    '',
    row([
      t('amdColRegion'),
      t('amdColBefore'),
      t('amdColAfter'),
      t('amdColAdded'),
      t('amdColRemoved'),
      t('amdColNet'),
      t('amdColToHousing'),
      t('amdColRealised'),
      ...(farm ? [t('amdColFarmland')] : []),
    ]),
    row(['---', '--:', '--:', '--:', '--:', '--:', '--:', '--:', ...(farm ? ['--:'] : [])]),
    ...m.rows.map((r) =>
      row([
        name(w, r),
        n(r.beforeDaa, 1),
        n(r.afterDaa, 1),
        n(r.addedDaa, 1),
        n(r.removedDaa, 1),
        signed(w, r.netDaa, 1),
        n(r.toHousingDaa, 1),
        n(r.realisedDaa, 1),
        ...(farm ? [n(r.farmlandAddedDaa ?? 0, 1)] : []),
      ]),
    ),
    '',
    t('amdFlowNote'),
    '',
    t('amdBecameHeading'),
    '',
    row([t('amdColRegion'), ...BECAME_CATEGORIES.map((c) => t(BECAME_KEY[c]))]),
    row(['---', ...BECAME_CATEGORIES.map(() => '--:')]),
    ...m.rows.map((r) => row([name(w, r), ...BECAME_CATEGORIES.map((c) => n(r.removedByDaa[c], 1))])),
    '',
    t('amdBecameNote'),
    '',
    t('amdFarmHeading'),
    '',
  ];
  const max = n(FARMLAND_INDICATOR.maxDaaPerYear);
  if (farm) {
    const years = farmlandIndicatorYears(total.farmlandAddedDaa) ?? 0;
    lines.push(t('amdFarmText', { daa: n(total.farmlandAddedDaa ?? 0, 1), max, years: n(years, 1) }));
  } else {
    lines.push(t('amdFarmMissing', { max }));
  }
  const cap = m.capacity[m.capacity.length - 1]?.rows ?? [];
  lines.push(
    '',
    t('amdCapHeading'),
    '',
    row([
      t('amdCapColAbc'),
      t('amdCapColAddedDaa'),
      t('amdCapColRemovedDaa'),
      t('amdCapColAddedJobs'),
      t('amdCapColRemovedJobs'),
      t('amdCapColNet'),
    ]),
    row([':-:', '--:', '--:', '--:', '--:', '--:']),
    ...cap.map((c) =>
      row([
        abcText(w, c.abc),
        n(c.addedM2 / 1000, 1),
        n(c.removedM2 / 1000, 1),
        n(c.added.mid),
        n(c.removed.mid),
        `${signed(w, c.net.low, 0)} / ${signed(w, c.net.mid, 0)} / ${signed(w, c.net.high, 0)}`,
      ]),
    ),
    '',
    t('amdCapNote', { m2: n(DEFAULT_ASSUMPTIONS.landPerJobTodayM2) }),
  );
  if (m.warnings.length > 0) {
    lines.push('', t('amdWarningsHeading'), '', ...m.warnings.map((x) => `- ${mdText(x.text ?? x.code)}`));
  }
  return `${lines.join('\n')}\n`;
}
