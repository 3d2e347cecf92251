// The investor presentation (`?view=investor`): available land only, as large cards beside a focused map; a one-pager
// per site.
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { availableAreaDaa, isAvailableLand } from '../../domain/availability';
import { roadDistances } from '../../domain/roadDistance';
import { roadsGeoJson } from '../../map/roads';
import { matchesInvestorFilters, NO_INVESTOR_FILTERS, type InvestorFilters } from '../../domain/investorFilters';
import { translator } from '../../i18n';
import { actions } from '../../state/actions';
import { investorSelection, rowsOf, totalAreaDaa } from '../../state/investorSelectors';
import { dataNoticeText } from './dataNoticeText';
import { useRoadStore } from '../../state/roadStore';
import { useProfile } from '../../state/profileStore';
import { useAppStore } from '../../state/store';
import { formatDaa, formatWhole } from '../format';
import { ExportBar } from './ExportBar';
import { InvestorCard } from './InvestorCard';
import { InvestorFilterBar } from './InvestorFilterBar';
import { InvestorMap } from './InvestorMap';
import { OnePager } from './OnePager';
import { investorWords } from './profileWords';
import { RoadLayerPanel } from './RoadLayerPanel';
import './investor.css';

/** Cards are large: a page of them at a time keeps thousands of (synthetic) sites from flooding the page. */
export const CARD_PAGE_SIZE = 48;

const openSite = (siteId: string) => actions.selectSite(siteId);
const backToOverview = () => actions.selectSite(null);

export function InvestorView() {
  const dataset = useAppStore((s) => s.dataset);
  const index = useAppStore((s) => s.index);
  const lang = useAppStore((s) => s.lang);
  const filters = useAppStore((s) => s.filters);
  const sort = useAppStore((s) => s.sort);
  const selectedSiteId = useAppStore((s) => s.selectedSiteId);
  const roadLayer = useRoadStore((s) => s.layer);
  const t = translator(lang);
  const words = investorWords(useProfile(), lang);

  // Distances to the road layer the user loaded, for every site (none without a layer: the figure stays missing).
  const roads = useMemo(
    () => (roadLayer && dataset ? { file: roadLayer.file, bySite: roadDistances(roadLayer, dataset.sites) } : null),
    [roadLayer, dataset],
  );
  const roadLines = useMemo(
    () => roadLayer?.features.filter((f) => f.points.length > 1).map((f) => f.points) ?? [],
    [roadLayer],
  );
  const roadsOnMap = useMemo(() => (roadLines.length > 0 ? roadsGeoJson(roadLines) : null), [roadLines]);

  const selection = useMemo(
    () => (index ? investorSelection(index, filters, sort, lang) : null),
    [index, filters, sort, lang],
  );
  // The page's own filters (area on offer, type, region, ready by), on top of any filters a link brought along.
  const [own, setOwn] = useState<InvestorFilters>(NO_INVESTOR_FILTERS);
  const startYear = useMemo(() => new Date().getFullYear(), []);
  const ownActive = own !== NO_INVESTOR_FILTERS;
  const shown = useMemo(
    () =>
      (selection?.shown ?? []).filter((i) =>
        matchesInvestorFilters(i.site, i.result, availableAreaDaa(i.site, i.result.areaDaa), own, startYear),
      ),
    [selection, own, startYear],
  );
  const regionList = useMemo(() => dataset?.regions.map((r) => r.name) ?? [], [dataset]);
  const [limit, setLimit] = useState(CARD_PAGE_SIZE);
  const rows = useMemo(
    () => (dataset ? rowsOf(shown.slice(0, limit), dataset, roads) : []),
    [dataset, shown, limit, roads],
  );
  const visibleIds = useMemo(() => new Set(shown.map((i) => i.site.id)), [shown]);

  // The map follows the one-pager that is open (also after back/forward) and the "Vis i kartet" buttons.
  const [zoom, setZoom] = useState<{ siteId: string; seq: number } | null>(() =>
    selectedSiteId ? { siteId: selectedSiteId, seq: 1 } : null,
  );
  const [zoomedFor, setZoomedFor] = useState(selectedSiteId);
  if (zoomedFor !== selectedSiteId) {
    setZoomedFor(selectedSiteId);
    if (selectedSiteId) setZoom((z) => ({ siteId: selectedSiteId, seq: (z?.seq ?? 0) + 1 }));
  }
  const showOnMap = useCallback((siteId: string) => setZoom((z) => ({ siteId, seq: (z?.seq ?? 0) + 1 })), []);

  const site = selectedSiteId ? index?.siteById.get(selectedSiteId) : undefined;
  const onePagerRow = useMemo(() => {
    const result = site && index?.resultById.get(site.id);
    return dataset && site && result && isAvailableLand(site)
      ? rowsOf([{ site, result, nameKey: '' }], dataset, roads)[0]
      : undefined;
  }, [dataset, index, site, roads]);

  // The location map's surroundings: every other site (available or not) is context on the ground.
  const onePagerContext = useMemo(
    () =>
      dataset && site
        ? {
            regions: dataset.regions,
            hubs: dataset.hubs,
            otherSites: dataset.sites.filter((s) => s.id !== site.id).map((s) => s.geometry),
            roads: roadLines,
          }
        : null,
    [dataset, site, roadLines],
  );

  // Moving focus to the one-pager's title tells keyboard and screen-reader users where they are.
  const mainRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (selectedSiteId) mainRef.current?.querySelector<HTMLElement>('#one-pager-title, .inv-unavailable')?.focus();
  }, [selectedSiteId]);

  if (!dataset || !index || !selection) return null;
  const noticeText = dataNoticeText(dataset, t, lang);

  return (
    <main className="investor" data-testid="investor-view">
      <section className="inv-hero" aria-labelledby="inv-title">
        <div>
          <p className="inv-hero__kicker">{words.kicker}</p>
          <h2 id="inv-title" className="inv-hero__title">
            {words.title}
          </h2>
          <p className="inv-hero__lead" data-testid="investor-lead">
            {t('invLead', { count: formatWhole(shown.length, lang), daa: formatDaa(totalAreaDaa(shown), lang) })}
          </p>
        </div>
        <aside className="inv-rule" aria-labelledby="inv-rule-title" data-testid="investor-rule">
          <h3 id="inv-rule-title">{t('invRuleTitle')}</h3>
          <p>{t('invRule')}</p>
          {roads ? null : (
            <p className="small">
              {words.road}: {t('invRoadMissing')}. {words.roadMissingWhy} {t('roadMissingHow')}
            </p>
          )}
          <h3 className="inv-rule__sub">{t('roadPanelTitle')}</h3>
          <RoadLayerPanel lang={lang} />
        </aside>
      </section>
      {!site ? (
        <InvestorFilterBar
          lang={lang}
          filters={own}
          regions={regionList}
          startYear={startYear}
          sort={sort}
          onChange={setOwn}
        />
      ) : null}
      <div className="inv-toolbar">
        <ExportBar
          lang={lang}
          dataset={dataset}
          items={shown}
          roads={roads}
          roadsDrawn={roadsOnMap !== null}
          fileStem={words.fileStem}
        />
        {selection.filtered || ownActive ? (
          <p className="inv-filtered" data-testid="investor-filtered">
            {t('invFiltered', {
              shown: formatWhole(shown.length, lang),
              total: formatWhole(selection.available.length, lang),
            })}{' '}
            <button
              type="button"
              className="secondary"
              onClick={() => {
                actions.resetFilters();
                setOwn(NO_INVESTOR_FILTERS);
              }}
            >
              {t('invShowAll')}
            </button>
          </p>
        ) : null}
      </div>
      <div className="inv-body">
        <div className="inv-main" ref={mainRef}>
          {site && onePagerRow && onePagerContext ? (
            <OnePager
              site={site}
              row={onePagerRow}
              lang={lang}
              notice={noticeText}
              context={onePagerContext}
              onBack={backToOverview}
            />
          ) : site ? (
            <div className="inv-unavailable" tabIndex={-1} role="note">
              <p>{t('invNotAvailable', { name: site.name })}</p>
              <button type="button" className="secondary" onClick={backToOverview}>
                {t('invBack')}
              </button>
            </div>
          ) : null}
          {!site ? (
            rows.length > 0 ? (
              <>
                <ul className="inv-cards" id="site-list" aria-label={t('invListLabel')} data-testid="investor-list">
                  {rows.map((row) => (
                    <li key={row.id}>
                      <InvestorCard
                        row={row}
                        lang={lang}
                        onOpen={openSite}
                        onShowOnMap={showOnMap}
                        onHover={actions.hoverSite}
                      />
                    </li>
                  ))}
                </ul>
                {shown.length > rows.length ? (
                  <button
                    type="button"
                    className="secondary inv-more"
                    onClick={() => setLimit(rows.length + CARD_PAGE_SIZE)}
                  >
                    {t('listShowMore', {
                      count: formatWhole(Math.min(CARD_PAGE_SIZE, shown.length - rows.length), lang),
                      shown: formatWhole(rows.length, lang),
                      total: formatWhole(shown.length, lang),
                    })}
                  </button>
                ) : null}
              </>
            ) : (
              <p className="inv-empty">{t('invEmpty')}</p>
            )
          ) : null}
        </div>
        <InvestorMap
          lang={lang}
          dataset={dataset}
          visibleIds={visibleIds}
          zoomRequest={zoom}
          onSiteOpen={openSite}
          roads={roadsOnMap}
        />
      </div>
    </main>
  );
}
