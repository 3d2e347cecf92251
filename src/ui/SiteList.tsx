// The keyboard-reachable list of sites: selecting here does the same as clicking the map, and zooms to the site.
import type { SiteItem } from '../state/selectors';
import type { SortKey } from '../state/store';
import { translator, type Lang } from '../i18n';
import { AbcSwatch } from './AbcSwatch';
import { formatDaa } from './format';
import { statusKey } from './labels';

export interface SiteListProps {
  lang: Lang;
  items: readonly SiteItem[];
  total: number;
  selectedSiteId: string | null;
  sort: SortKey;
  onSortChange: (sort: SortKey) => void;
  onSelect: (siteId: string) => void;
  onHover: (siteId: string | null) => void;
}

export function SiteList({ lang, items, total, selectedSiteId, sort, onSortChange, onSelect, onHover }: SiteListProps) {
  const t = translator(lang);
  return (
    <section className="site-list" id="site-list" tabIndex={-1} aria-labelledby="site-list-title">
      <div className="site-list__head">
        <h2 id="site-list-title">{t('listTitle')}</h2>
        <p className="muted" aria-live="polite">
          {t('listCount', { shown: items.length, total })}
        </p>
      </div>
      <div className="field">
        <label htmlFor="site-sort">{t('sortLabel')}</label>
        <select id="site-sort" value={sort} onChange={(e) => onSortChange(e.currentTarget.value as SortKey)}>
          <option value="name">{t('sortName')}</option>
          <option value="area">{t('sortArea')}</option>
          <option value="hub">{t('sortHub')}</option>
        </select>
      </div>
      {items.length === 0 ? <p>{t('listEmpty')}</p> : null}
      <ul className="site-list__items" data-testid="site-list">
        {items.map(({ site, result }) => {
          const selected = site.id === selectedSiteId;
          return (
            <li key={site.id}>
              <button
                type="button"
                className={selected ? 'site-list__item is-selected' : 'site-list__item'}
                aria-pressed={selected}
                data-site-id={site.id}
                onClick={() => onSelect(site.id)}
                onMouseEnter={() => onHover(site.id)}
                onMouseLeave={() => onHover(null)}
                onFocus={() => onHover(site.id)}
                onBlur={() => onHover(null)}
              >
                <AbcSwatch abc={site.abc} future={site.status === 'fremtidig'} />
                <span className="site-list__name">{site.name}</span>
                <span className="site-list__meta">
                  {site.abc ?? '–'} · {formatDaa(result.areaDaa, lang)} {t('unitDaa')} · {t(statusKey(site.status)).toLowerCase()}
                </span>
              </button>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
