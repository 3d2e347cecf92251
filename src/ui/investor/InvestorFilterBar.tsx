// The investor page's own filter and sort bar: area on offer, business type, region, ready by year, and the order.
import type { InvestorFilters } from '../../domain/investorFilters';
import { translator, type Lang } from '../../i18n';
import { actions } from '../../state/actions';
import type { SortState } from '../../state/store';
import { NumberFilterField } from '../NumberFilterField';
import { SortControls } from '../SortControls';
import { SUITABLE_KEY } from './siteFacts';
import { ABC_TYPES } from '../../domain/types';

export interface InvestorFilterBarProps {
  lang: Lang;
  filters: InvestorFilters;
  regions: readonly string[];
  /** The year the "ready by" choices count from. */
  startYear: number;
  sort: SortState;
  onChange: (filters: InvestorFilters) => void;
}

const YEARS_AHEAD = [0, 2, 4, 6, 10] as const;

export function InvestorFilterBar({ lang, filters, regions, startYear, sort, onChange }: InvestorFilterBarProps) {
  const t = translator(lang);
  return (
    <form
      className="inv-filters"
      aria-label={t('invFiltersLabel')}
      data-testid="investor-filters"
      onSubmit={(e) => e.preventDefault()}
    >
      <NumberFilterField
        id="inv-min-daa"
        label={t('invFilterMinDaa')}
        lang={lang}
        value={filters.minDaa}
        onChange={(minDaa) => onChange({ ...filters, minDaa })}
      />
      <div className="field">
        <label htmlFor="inv-abc">{t('invFilterType')}</label>
        <select
          id="inv-abc"
          value={filters.abc}
          onChange={(e) => onChange({ ...filters, abc: e.currentTarget.value as InvestorFilters['abc'] })}
        >
          <option value="all">{t('filterAll')}</option>
          {ABC_TYPES.map((abc) => (
            <option key={abc} value={abc}>{`${abc} – ${t(SUITABLE_KEY[abc])}`}</option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="inv-region">{t('filterRegion')}</label>
        <select
          id="inv-region"
          value={filters.region}
          onChange={(e) => onChange({ ...filters, region: e.currentTarget.value })}
        >
          <option value="all">{t('filterAll')}</option>
          {regions.map((r) => (
            <option key={r} value={r}>
              {r}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="inv-ready">{t('invFilterReadyBy')}</label>
        <select
          id="inv-ready"
          value={filters.readyBy === null ? 'all' : String(filters.readyBy)}
          onChange={(e) =>
            onChange({ ...filters, readyBy: e.currentTarget.value === 'all' ? null : Number(e.currentTarget.value) })
          }
        >
          <option value="all">{t('filterAll')}</option>
          {YEARS_AHEAD.map((n) => (
            <option key={n} value={String(startYear + n)}>
              {n === 0 ? t('invReadyNow', { year: startYear + n }) : String(startYear + n)}
            </option>
          ))}
        </select>
      </div>
      <SortControls lang={lang} sort={sort} onKeyChange={actions.setSortKey} onDirChange={actions.setSortDir} />
      <p className="small inv-filters__note">{t('invReadyRule')}</p>
    </form>
  );
}
