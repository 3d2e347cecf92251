// The comparison as a table (also the chart's text alternative): one column per scenario, differences to the basis
// shown with a sign, an arrow and words, never by colour alone.
import type { ScenarioComparison } from '../../domain/scenarioCompare';
import { translator, type Lang, type MessageKey } from '../../i18n';
import { useProfile } from '../../state/profileStore';
import { compareGroups, type CompareRow, type DeltaKind } from './compareRows';
import { TARGET_STATUS_KEY, direction, formatSigned, type Direction } from './scenarioText';
import { needsBasisTag } from './basisTag';

export interface CompareTableProps {
  lang: Lang;
  comparison: ScenarioComparison;
  /** Column headings: the scenarios' names in the UI language, basis first. */
  names: readonly string[];
}

const DIRECTION_KEY: Record<Direction, MessageKey> = {
  up: 'scenDeltaUp',
  down: 'scenDeltaDown',
  same: 'scenDeltaSame',
};
const ARROW: Record<Direction, string> = { up: '▲', down: '▼', same: '' };

function Delta({ lang, delta, kind }: { lang: Lang; delta: number; kind: DeltaKind }) {
  const t = translator(lang);
  const shown = kind === 'points' ? delta * 100 : delta;
  const decimals = kind === 'whole' ? 0 : 1;
  // Rounded as displayed, so "+0,0" never appears as a change.
  const dir = direction(Number(shown.toFixed(decimals)));
  const unit = kind === 'points' ? ` ${t('scenUnitPoints')}` : '';
  return (
    <span className={`scen-delta scen-delta--${dir}`} data-delta={dir}>
      {dir === 'same' ? (
        t('scenDeltaSame')
      ) : (
        <>
          <span aria-hidden="true">{ARROW[dir]} </span>
          {`${formatSigned(shown, lang, decimals)}${unit} `}
          <span className="scen-delta__words">{t(DIRECTION_KEY[dir])}</span>
        </>
      )}
    </span>
  );
}

function Cell({
  lang,
  row,
  comparison,
  column,
}: {
  lang: Lang;
  row: CompareRow;
  comparison: ScenarioComparison;
  column: number;
}) {
  const t = translator(lang);
  const f = comparison.scenarios[column];
  const basis = comparison.scenarios[0];
  if (!f || !basis) return <td />;
  const value = row.value(f);
  const base = row.value(basis);
  return (
    <td data-testid={`scen-cell-${row.key}-${column}`}>
      <span className="scen-value">{typeof value === 'number' ? row.format(value) : value}</span>
      {row.level && f.targetStatus ? (
        <span className={`scen-verdict scen-verdict--${f.targetStatus[row.level]}`}>
          {t(TARGET_STATUS_KEY[f.targetStatus[row.level]])}
        </span>
      ) : null}
      {column > 0 && row.delta && typeof value === 'number' && typeof base === 'number' ? (
        <Delta lang={lang} delta={value - base} kind={row.delta} />
      ) : null}
    </td>
  );
}

export function CompareTable({ lang, comparison, names }: CompareTableProps) {
  const t = translator(lang);
  const profile = useProfile();
  const groups = compareGroups(comparison.scenarios, comparison.walkingDistanceM, t, lang, profile);
  const columns = comparison.scenarios.map((_, i) => i);
  return (
    <div className="table-scroll">
      <table className="scen-table" data-testid="scenario-table">
        <caption>{t('scenTableCaption', { basis: names[0] ?? '' })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('scenTableMeasure')}</th>
            {columns.map((i) => (
              <th scope="col" key={i}>
                {names[i]}
                {i === 0 && needsBasisTag(names[i] ?? '', t('scenBasisTag')) ? (
                  <span className="scen-basis-tag"> ({t('scenBasisTag')})</span>
                ) : null}
              </th>
            ))}
          </tr>
        </thead>
        {groups.map((g) =>
          g.rows.length === 0 ? null : (
            <tbody key={g.title}>
              <tr className="scen-table__group">
                <th scope="colgroup" colSpan={columns.length + 1}>
                  {g.title}
                </th>
              </tr>
              {g.rows.map((row) => (
                <tr key={row.key} data-row={row.key}>
                  <th scope="row">{row.label}</th>
                  {columns.map((i) => (
                    <Cell key={i} lang={lang} row={row} comparison={comparison} column={i} />
                  ))}
                </tr>
              ))}
            </tbody>
          ),
        )}
      </table>
    </div>
  );
}
