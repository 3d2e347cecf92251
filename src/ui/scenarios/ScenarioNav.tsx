// The header's link to the scenario comparison (`?view=compare`): a real link, switched in place on a plain click.
import type { MouseEvent } from 'react';
import { translator, type Lang } from '../../i18n';
import { actions } from '../../state/actions';
import { useAppStore } from '../../state/store';
import { linkStateOf, writeUrl } from '../../state/urlCodec';

export function ScenarioNav({ lang }: { lang: Lang }) {
  const t = translator(lang);
  const current = useAppStore((s) => s.page);
  // Subscribed so the href keeps the language and selection of the moment.
  useAppStore((s) => s.selectedSiteId);
  const state = useAppStore.getState();
  const href = `${window.location.pathname}${writeUrl(window.location.search, { ...linkStateOf({ ...state, page: 'compare' }), view: null })}`;
  const onClick = (e: MouseEvent<HTMLAnchorElement>) => {
    // Ctrl/⌘/Shift-click and middle-click open the link as the browser would.
    if (e.button !== 0 || e.ctrlKey || e.metaKey || e.shiftKey || e.altKey) return;
    e.preventDefault();
    actions.setPage('compare');
  };
  return (
    <nav className="scen-nav" aria-label={t('scenNavLabel')}>
      <a className="view-nav__link" href={href} aria-current={current === 'compare' ? 'page' : undefined} onClick={onClick} data-testid="view-nav-compare">
        {t('scenNavCompare')}
      </a>
    </nav>
  );
}
