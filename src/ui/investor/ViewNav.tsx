// Header links between the explorer, the investor view and the scenario comparison: real links (open in a new tab
// works), switched in place on click.
import type { MouseEvent } from 'react';
import { translator, type Lang } from '../../i18n';
import { actions } from '../../state/actions';
import { useAppStore, type AppPage } from '../../state/store';
import { linkStateOf, writeUrl } from '../../state/urlCodec';
import './investor.css';

const PAGES: readonly { page: AppPage; key: 'invNavExplorer' | 'invNavInvestor' | 'scenNavCompare' | 'accNav' }[] = [
  { page: 'explorer', key: 'invNavExplorer' },
  { page: 'investor', key: 'invNavInvestor' },
  { page: 'compare', key: 'scenNavCompare' },
  { page: 'accounts', key: 'accNav' },
];

/** A plain left click switches in place (one history entry); other clicks are the browser's (new tab, new window). */
function isPlainClick(e: MouseEvent): boolean {
  return e.button === 0 && !e.metaKey && !e.ctrlKey && !e.shiftKey && !e.altKey;
}

export function ViewNav({ lang }: { lang: Lang }) {
  const current = useAppStore((s) => s.page);
  // Subscribed so the hrefs keep the language and filters of the moment.
  useAppStore((s) => s.filters);
  useAppStore((s) => s.sort);
  useAppStore((s) => s.selectedSiteId);
  const t = translator(lang);
  const hrefFor = (page: AppPage): string => {
    const state = useAppStore.getState();
    // The comparison keeps the selected site (it is the one being edited); the other pages start unselected.
    const selectedSiteId = page === 'compare' ? state.selectedSiteId : null;
    const search = writeUrl(window.location.search, { ...linkStateOf({ ...state, page, selectedSiteId }), view: null });
    return `${window.location.pathname}${search}`;
  };
  return (
    <nav className="view-nav" aria-label={t('invNavLabel')}>
      {PAGES.map(({ page, key }) => (
        <a
          key={page}
          className="view-nav__link"
          href={hrefFor(page)}
          aria-current={page === current ? 'page' : undefined}
          data-testid={`view-nav-${page}`}
          onClick={(e) => {
            if (!isPlainClick(e)) return;
            e.preventDefault();
            actions.setPage(page);
          }}
        >
          {t(key)}
        </a>
      ))}
    </nav>
  );
}
