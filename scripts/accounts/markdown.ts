// The Markdown output of the land accounts: a readable Norwegian report (the figures by region, what removed land
// became, farmland beside the plan's indicator, and the change in job capacity).
import { BECAME_CATEGORIES, type BecameCategory } from '../../src/domain/accounts/categories.ts';
import { FARMLAND_INDICATOR, farmlandIndicatorYears, type AccountsRow } from '../../src/domain/accounts/rows.ts';
import type { AbcKey } from '../../src/domain/accounts/types.ts';
import { mdText, nb } from '../report/mdFormat.ts';
import type { AccountsModel } from './model.ts';

export const BECAME_NB: Record<BecameCategory, string> = {
  housing: 'Bolig (1110)',
  builtOther: 'Annen bebyggelse og anlegg (1xxx)',
  transport: 'Samferdsel og teknisk infrastruktur (2xxx)',
  green: 'Grønnstruktur (3xxx)',
  defence: 'Forsvaret (4xxx)',
  lnfr: 'LNFR (5xxx)',
  sea: 'Bruk og vern av sjø og vassdrag (6xxx)',
  notInPlan: 'Ikke i planen',
};

const ABC_NB: Record<AbcKey, string> = { A: 'A', B: 'B', C: 'C', unknown: 'ukjent' };
const row = (cells: string[]): string => `| ${cells.join(' | ')} |`;
const name = (r: AccountsRow): string => (r.region === null ? '**Totalt**' : mdText(r.region));
/** Signed, so a loss reads as a loss: "+12,3" / "−4,0" (minus sign, not a hyphen). */
const signed = (v: number, d: number): string => {
  const t = nb(Math.abs(v), d);
  if (t === nb(0, d)) return t;
  return `${v > 0 ? '+' : '−'}${t}`;
};

export function formatAccountsMarkdown(m: AccountsModel): string {
  const total = m.rows[m.rows.length - 1] as AccountsRow;
  const farm = total.farmlandAddedDaa !== null;
  const lines: string[] = [
    '# Næringsarealregnskap',
    '',
    `Før: ${mdText(m.inputs.before?.file ?? '')} · Etter: ${mdText(m.inputs.after?.file ?? '')} · Regioner: ${mdText(m.inputs.regions?.file ?? '')}${m.inputs.farmland ? ` · Dyrka mark: ${mdText(m.inputs.farmland.file)}` : ''}`,
    '',
    'Arealer i dekar (daa), plant i EUREF89 UTM 32N (EPSG:25832), etter at hver planversjons næringsareal er slått sammen (overlapp telles én gang). Areal utenfor alle regioner telles bare i totalen.',
    '',
    '## Tilgang og avgang',
    '',
    row(['Region', 'Før', 'Etter', 'Tilgang', 'Avgang', 'Netto', 'Til bolig', 'Realisert', ...(farm ? ['Dyrka mark i tilgang'] : [])]),
    row(['---', '--:', '--:', '--:', '--:', '--:', '--:', '--:', ...(farm ? ['--:'] : [])]),
    ...m.rows.map((r) => row([
      name(r), nb(r.beforeDaa, 1), nb(r.afterDaa, 1), nb(r.addedDaa, 1), nb(r.removedDaa, 1), signed(r.netDaa, 1),
      nb(r.toHousingDaa, 1), nb(r.realisedDaa, 1), ...(farm ? [nb(r.farmlandAddedDaa ?? 0, 1)] : []),
    ])),
    '',
    'Tilgang: næringsareal i den nye versjonen som ikke var næringsareal før. Avgang: næringsareal som ikke lenger er det. Realisert: fremtidig før, nåværende etter.',
    '',
    '## Hva avgangen ble til',
    '',
    row(['Region', ...BECAME_CATEGORIES.map((c) => BECAME_NB[c])]),
    row(['---', ...BECAME_CATEGORIES.map(() => '--:')]),
    ...m.rows.map((r) => row([name(r), ...BECAME_CATEGORIES.map((c) => nb(r.removedByDaa[c], 1))])),
    '',
    'Der den nye versjonen har flere formål over samme areal, går arealet til det første i rekkefølgen over (bolig først).',
    '',
    '## Dyrka mark',
    '',
  ];
  if (farm) {
    const years = farmlandIndicatorYears(total.farmlandAddedDaa) ?? 0;
    lines.push(`Tilgangen tar ${nb(total.farmlandAddedDaa ?? 0, 1)} daa dyrka mark (AR5 21, 22 og 23). Planens indikator er høyst ${FARMLAND_INDICATOR.maxDaaPerYear} daa omdisponert i året (§6): det tilsvarer ${nb(years, 1)} års ramme.`);
  } else {
    lines.push(`Ingen dyrka mark-lag er gitt (--farmland), så omdisponert dyrka mark er ikke beregnet. Planens indikator er høyst ${FARMLAND_INDICATOR.maxDaaPerYear} daa i året (§6).`);
  }
  const cap = m.capacity[m.capacity.length - 1]?.rows ?? [];
  lines.push(
    '',
    '## Endring i rom for nye arbeidsplasser (totalt)',
    '',
    row(['ABC-type', 'Tilgang (daa)', 'Avgang (daa)', 'Arbeidsplasser tilgang (middels)', 'Arbeidsplasser avgang (middels)', 'Netto lav / middels / høy']),
    row([':-:', '--:', '--:', '--:', '--:', '--:']),
    ...cap.map((c) => row([
      ABC_NB[c.abc], nb(c.addedM2 / 1000, 1), nb(c.removedM2 / 1000, 1), nb(c.added.mid), nb(c.removed.mid),
      `${signed(c.net.low, 0)} / ${signed(c.net.mid, 0)} / ${signed(c.net.high, 0)}`,
    ])),
    '',
    'Nye arbeidsplasser arealene gir rom for (kapasitet ferdig utbygd på netto areal minus dagens arbeidsplasser), etter standardforutsetningene (geodata/assumptions.json): tilgang teller hele kapasiteten, avgang av eksisterende næringsareal bare det som var igjen utover dagens arbeidsplasser (420 m² per arbeidsplass), avgang av fremtidig areal hele kapasiteten. Ikke en prognose. Areal med ukjent ABC-type gir ingen arbeidsplasser.',
  );
  if (m.warnings.length > 0) {
    lines.push('', '## Advarsler', '', ...m.warnings.map((w) => `- ${mdText(w.message)}`));
  }
  return `${lines.join('\n')}\n`;
}
