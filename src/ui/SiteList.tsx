// The keyboard-reachable list of sites: selecting here does the same as clicking the map, and zooms to the site.
import { memo, useEffect, useRef, useState } from 'react';
import type { SiteItem } from '../state/selectors';
import type { SortDir, SortKey, SortState } from '../state/store';
import { translator, type Lang } from '../i18n';
import { AbcSwatch } from './AbcSwatch';
import { formatDaa, formatDistance, formatWhole } from './format';
import { FIT_KEY, statusKey } from './labels';
import { scrollIntoViewWithin } from './scrollWithin';
import { SortControls } from './SortControls';

/** Rows drawn at first and per "show more": thousands of buttons would make every filter change slow. */
export const LIST_PAGE_SIZE = 200;

export interface SiteListProps {
  lang: Lang;
  items: readonly SiteItem[];
  total: number;
  selectedSiteId: string | null;
  sort: SortState;
  onSortKeyChange: (key: SortKey) => void;
  onSortDirChange: (dir: SortDir) => void;
  onSelect: (siteId: string) => void;
  onHover: (siteId: string | null) => void;
}

export function SiteList(props: SiteListProps) {
  const { lang, items, total, selectedSiteId, sort, onSelect, onHover } = props;
  const t = translator(lang);
  const listRef = useRef<HTMLUListElement>(null);
  const [limit, setLimit] = useState(LIST_PAGE_SIZE);
  const [limitFor, setLimitFor] = useState(items);
  // A new filter or order starts again from the first page.
  if (items !== limitFor) {
    setLimitFor(items);
    setLimit(LIST_PAGE_SIZE);
  }
  // The selected site is always drawn, even when it sits beyond the current page (a click on the map).
  const selectedIndex = selectedSiteId ? items.findIndex((i) => i.site.id === selectedSiteId) : -1;
  const shown = Math.min(items.length, Math.max(limit, selectedIndex + 1));

  useEffect(() => {
    if (!selectedSiteId || !listRef.current) return;
    // Compared as attributes rather than through a selector, so any id (quotes, brackets) is safe.
    const rows = listRef.current.querySelectorAll<HTMLElement>('[data-site-id]');
    const row = [...rows].find((r) => r.dataset.siteId === selectedSiteId);
    if (row) scrollIntoViewWithin(row);
  }, [selectedSiteId]);

  return (
    <section className="site-list" id="site-list" tabIndex={-1} aria-labelledby="site-list-title">
      <div className="site-list__head">
        <h2 id="site-list-title">{t('listTitle')}</h2>
        <p className="muted" aria-live="polite" data-testid="site-count">
          {t('listCount', { shown: formatWhole(items.length, lang), total: formatWhole(total, lang) })}
        </p>
      </div>
      <SortControls lang={lang} sort={sort} onKeyChange={props.onSortKeyChange} onDirChange={props.onSortDirChange} />
      {items.length === 0 ? <p>{t('listEmpty')}</p> : null}
      <ul className="site-list__items" data-testid="site-list" ref={listRef}>
        {items.slice(0, shown).map((item) => (
          <SiteRow
            key={item.site.id}
            item={item}
            lang={lang}
            sortKey={sort.key}
            selected={item.site.id === selectedSiteId}
            onSelect={onSelect}
            onHover={onHover}
          />
        ))}
      </ul>
      {shown < items.length ? (
        <button type="button" className="secondary site-list__more" onClick={() => setLimit(shown + LIST_PAGE_SIZE)}>
          {t('listShowMore', {
            count: formatWhole(Math.min(LIST_PAGE_SIZE, items.length - shown), lang),
            shown: formatWhole(shown, lang),
            total: formatWhole(items.length, lang),
          })}
        </button>
      ) : null}
    </section>
  );
}

interface SiteRowProps {
  item: SiteItem;
  lang: Lang;
  sortKey: SortKey;
  selected: boolean;
  onSelect: (siteId: string) => void;
  onHover: (siteId: string | null) => void;
}

/** Memoised: after a filter change most rows are the same items with the same props, and React can skip them. */
const SiteRow = memo(function SiteRow({ item, lang, sortKey, selected, onSelect, onHover }: SiteRowProps) {
  const t = translator(lang);
  const { site, result } = item;
  // The figure the list is sorted by is shown on each row, so the order can be read.
  let extra: string | null = null;
  if (sortKey === 'jobs') extra = t('listJobsMid', { jobs: formatWhole(result.jobs.mid, lang) });
  if (sortKey === 'hub') {
    extra =
      result.hubDistanceM === null
        ? t('cardHubNone')
        : t('listHubDistance', { distance: formatDistance(result.hubDistanceM, lang) });
  }
  return (
    <li>
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
          {site.abc ?? '–'} · {formatDaa(result.areaDaa, lang)} {t('unitDaa')} ·{' '}
          {t(statusKey(site.status)).toLowerCase()}
          {extra ? ` · ${extra}` : null}{' '}
          <span
            className={`fit-badge fit-badge--${result.fit.verdict}`}
            data-testid="fit-badge"
            data-fit={result.fit.verdict}
          >
            {t(FIT_KEY[result.fit.verdict])}
          </span>
        </span>
      </button>
    </li>
  );
});
