// The tables of the land accounts: additions and removals by region, what removed land became, farmland beside the
// plan's indicator, and the change in job capacity by ABC type.
import { BECAME_CATEGORIES } from '../../domain/accounts/categories';
import type { CapacityChangeRow } from '../../domain/accounts/capacityChange';
import { FARMLAND_INDICATOR, farmlandIndicatorYears, type AccountsRow } from '../../domain/accounts/rows';
import { translator, type Lang } from '../../i18n';
import { BECAME_KEY as CAT_KEY } from '../../i18n/accountsExcel';
import { formatNumber } from '../format';

/** A signed figure with a real minus sign, so a loss reads as one ("−4,0"); zero has no sign. */
export function signed(value: number, lang: Lang, decimals: number): string {
  const text = formatNumber(Math.abs(value), lang, decimals);
  if (text === formatNumber(0, lang, decimals)) return text;
  return `${value > 0 ? '+' : '−'}${text}`;
}

export function AccountsTables({
  rows,
  capacity,
  lang,
}: {
  rows: readonly AccountsRow[];
  capacity: readonly CapacityChangeRow[];
  lang: Lang;
}) {
  const t = translator(lang);
  const d = (v: number) => formatNumber(v, lang, 1);
  const name = (r: AccountsRow) => r.region ?? t('accTotal');
  const total = rows[rows.length - 1];
  const farm = total?.farmlandAddedDaa ?? null;
  return (
    <div className="acc-tables">
      <section aria-labelledby="acc-table-title">
        <h3 id="acc-table-title">{t('accTableTitle')}</h3>
        {/* Focusable, so a keyboard can scroll a table wider than the screen. */}
        <div className="acc-scroll" tabIndex={0} role="region" aria-labelledby="acc-table-title">
          <table data-testid="acc-table">
            <thead>
              <tr>
                <th scope="col">{t('accRegion')}</th>
                {(
                  [
                    'accBefore',
                    'accAfter',
                    'accAdded',
                    'accRemoved',
                    'accNet',
                    'accToHousing',
                    'accRealised',
                    'accFarmland',
                  ] as const
                ).map((k) => (
                  <th key={k} scope="col">
                    {t(k)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr key={name(r)} className={r.region === null ? 'acc-total' : undefined}>
                  <th scope="row">{name(r)}</th>
                  <td>{d(r.beforeDaa)}</td>
                  <td>{d(r.afterDaa)}</td>
                  <td>{d(r.addedDaa)}</td>
                  <td>{d(r.removedDaa)}</td>
                  <td>{signed(r.netDaa, lang, 1)}</td>
                  <td>{d(r.toHousingDaa)}</td>
                  <td>{d(r.realisedDaa)}</td>
                  <td>{r.farmlandAddedDaa === null ? t('accNotComputed') : d(r.farmlandAddedDaa)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        <p className="small">{t('accTableNote')}</p>
      </section>
      <section aria-labelledby="acc-became-title">
        <h3 id="acc-became-title">{t('accBecameTitle')}</h3>
        <div className="acc-scroll" tabIndex={0} role="region" aria-labelledby="acc-became-title">
          <table data-testid="acc-became">
            <thead>
              <tr>
                <th scope="col">{t('accRegion')}</th>
                {BECAME_CATEGORIES.map((c) => (
                  <th key={c} scope="col">
                    {t(CAT_KEY[c])}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr key={name(r)} className={r.region === null ? 'acc-total' : undefined}>
                  <th scope="row">{name(r)}</th>
                  {BECAME_CATEGORIES.map((c) => (
                    <td key={c}>{d(r.removedByDaa[c])}</td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        <p className="small">{t('accBecameNote')}</p>
      </section>
      <section aria-labelledby="acc-farm-title">
        <h3 id="acc-farm-title">{t('accFarmTitle')}</h3>
        <p data-testid="acc-farmland">
          {farm === null
            ? t('accFarmMissing', { max: FARMLAND_INDICATOR.maxDaaPerYear })
            : t('accFarmText', {
                daa: d(farm),
                max: FARMLAND_INDICATOR.maxDaaPerYear,
                years: d(farmlandIndicatorYears(farm) ?? 0),
              })}
        </p>
      </section>
      <section aria-labelledby="acc-cap-title">
        <h3 id="acc-cap-title">{t('accCapTitle')}</h3>
        <div className="acc-scroll" tabIndex={0} role="region" aria-labelledby="acc-cap-title">
          <table data-testid="acc-capacity">
            <thead>
              <tr>
                {(['accCapAbc', 'accCapAddedDaa', 'accCapRemovedDaa', 'accCapNet'] as const).map((k) => (
                  <th key={k} scope="col">
                    {t(k)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {capacity.map((c) => (
                <tr key={c.abc}>
                  <th scope="row">{c.abc === 'unknown' ? t('accCapUnknown') : c.abc}</th>
                  <td>{d(c.addedM2 / 1000)}</td>
                  <td>{d(c.removedM2 / 1000)}</td>
                  <td>{`${signed(c.net.low, lang, 0)} / ${signed(c.net.mid, lang, 0)} / ${signed(c.net.high, lang, 0)}`}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        <p className="small">{t('accCapNote')}</p>
      </section>
    </div>
  );
}
