// The one-pager's location map as inline SVG: the site among its region, other sites and the named hubs, with a
// scale bar and a legend in words. Drawn from the loaded data only, so it prints sharp and needs no network.
import { useId, useMemo, useSyncExternalStore } from 'react';
import { hubDisplayName } from '../../domain/hubName';
import { LABEL_FONT_PX, locationMap } from '../../domain/locationMap';
import type { SiteRow } from '../../domain/siteRows';
import type { Hub, MultiPolygonXY, Region, XY } from '../../domain/types';
import { translator, type Lang } from '../../i18n';
import {
  ABC_COLOUR,
  ABC_NONE_COLOUR,
  HUB_COLOUR,
  REGION_OUTLINE_COLOUR,
  REGION_TONES,
  ROAD_COLOUR,
} from '../../map/palette';
import { formatDistance } from '../format';
import { HUB_TYPE_KEY } from '../labels';

export interface LocationMapProps {
  row: SiteRow;
  geometry: MultiPolygonXY;
  regions: readonly Region[];
  hubs: readonly Hub[];
  otherSites: readonly MultiPolygonXY[];
  roads?: readonly (readonly XY[])[];
  lang: Lang;
}

const WIDE_BOX = { widthPx: 480, heightPx: 340 };
/** On a phone the drawing is ~350 px wide: a smaller box keeps the names at a readable size there. */
const NARROW_BOX = { widthPx: 360, heightPx: 300 };
const NARROW_QUERY = '(max-width: 600px)';

function subscribeNarrow(onChange: () => void): () => void {
  if (typeof window.matchMedia !== 'function') return () => undefined;
  const mq = window.matchMedia(NARROW_QUERY);
  mq.addEventListener('change', onChange);
  return () => mq.removeEventListener('change', onChange);
}
const isNarrow = () => typeof window.matchMedia === 'function' && window.matchMedia(NARROW_QUERY).matches;
const INK = '#1f2a30';

export function LocationMap({ row, geometry, regions, hubs, otherSites, roads, lang }: LocationMapProps) {
  const t = translator(lang);
  const BOX = useSyncExternalStore(subscribeNarrow, isNarrow, () => false) ? NARROW_BOX : WIDE_BOX;
  const titleId = useId();
  const descId = useId();
  const keyHubIds = useMemo(
    () => [row.hub?.id, row.nearestByType.tog?.id].filter((id): id is string => Boolean(id)),
    [row],
  );
  const drawing = useMemo(
    () => locationMap({ site: geometry, regionName: row.region, regions, hubs, keyHubIds, otherSites, roads }, BOX),
    [geometry, row.region, regions, hubs, keyHubIds, otherSites, roads, BOX],
  );
  const colour = row.abc ? ABC_COLOUR[row.abc] : ABC_NONE_COLOUR;
  const length = formatDistance(drawing.scaleBar.lengthM, lang);
  const barY = BOX.heightPx - 14;
  const desc = row.hub
    ? t('locDesc', { length, hub: `${hubDisplayName(row.hub.name).name}, ${formatDistance(row.hub.distanceM, lang)}` })
    : t('locDescNoHub', { length });
  const hubTypes = [...new Set(drawing.hubs.map((h) => h.type))];
  return (
    <div className="location-map" data-testid="location-map">
      <svg
        className="location-map__svg"
        viewBox={`0 0 ${BOX.widthPx} ${BOX.heightPx}`}
        role="img"
        aria-labelledby={titleId}
        aria-describedby={descId}
      >
        <title id={titleId}>{t('locTitle', { name: row.name })}</title>
        <desc id={descId}>{desc}</desc>
        <defs>
          <clipPath id={`${titleId}-clip`}>
            <rect x="0" y="0" width={BOX.widthPx} height={BOX.heightPx} />
          </clipPath>
        </defs>
        {/* What lies outside every region (sea, neighbours) is the background tone. */}
        <rect x="0" y="0" width={BOX.widthPx} height={BOX.heightPx} fill="#d9e3e8" />
        <g clipPath={`url(#${titleId}-clip)`}>
          {drawing.regions.map((reg, i) => (
            <path
              key={`${reg.name}-${i}`}
              data-region={reg.name}
              d={reg.pathD}
              fill={reg.containsSite ? REGION_TONES[0] : REGION_TONES[1]}
              fillRule="evenodd"
              stroke={REGION_OUTLINE_COLOUR}
              strokeWidth={reg.containsSite ? 1.5 : 1}
              strokeDasharray={reg.containsSite ? undefined : '4 3'}
            />
          ))}
          {drawing.roadsPathD ? (
            <path
              d={drawing.roadsPathD}
              fill="none"
              stroke={ROAD_COLOUR}
              strokeWidth={2.5}
              strokeLinecap="round"
              strokeLinejoin="round"
            />
          ) : null}
          {drawing.otherSitesPathD ? (
            <path d={drawing.otherSitesPathD} fill="#9aa5ab" fillOpacity={0.35} stroke="#6b767c" strokeWidth={0.75} />
          ) : null}
          <path
            data-testid="location-map-site"
            d={drawing.sitePathD}
            fill={colour}
            fillOpacity={0.75}
            fillRule="evenodd"
            stroke={INK}
            strokeWidth={1.5}
          />
          {drawing.siteCentre.smallPx ? (
            <circle
              cx={drawing.siteCentre.x}
              cy={drawing.siteCentre.y}
              r={9}
              fill="none"
              stroke={INK}
              strokeWidth={2}
            />
          ) : null}
          {drawing.hubs.map((h) => (
            <circle
              key={h.id}
              cx={h.x}
              cy={h.y}
              r={h.key ? 5.5 : 4.5}
              fill="#ffffff"
              stroke={HUB_COLOUR[h.type]}
              strokeWidth={h.key ? 3 : 2.5}
            />
          ))}
        </g>
        <g
          fontFamily="system-ui, sans-serif"
          fontSize={LABEL_FONT_PX}
          fill={INK}
          stroke="#ffffff"
          strokeWidth={3}
          strokeLinejoin="round"
          paintOrder="stroke"
        >
          {drawing.hubs.map((h) =>
            h.label ? (
              <text
                key={h.id}
                data-testid="location-map-hub"
                x={h.label.x}
                y={h.label.y}
                textAnchor={h.label.anchor}
                fontWeight={h.key ? 700 : 400}
              >
                {h.label.text}
              </text>
            ) : null,
          )}
        </g>
        <g aria-hidden="true" fill={INK} fontFamily="system-ui, sans-serif" fontSize="13">
          <path d={`M${BOX.widthPx - 22} 30 l8 -20 l8 20 l-8 -6 z`} />
          <text x={BOX.widthPx - 14} y={46} textAnchor="middle" fontWeight={700}>
            {t('invNorth')}
          </text>
          <rect
            x={10}
            y={barY - 10}
            width={drawing.scaleBar.lengthPx + 70}
            height={20}
            fill="#ffffff"
            fillOpacity={0.8}
          />
          <rect x={14} y={barY - 2} width={drawing.scaleBar.lengthPx} height={4} />
          <text
            x={14 + drawing.scaleBar.lengthPx + 6}
            y={barY}
            dominantBaseline="middle"
            data-testid="location-map-scale"
          >
            {length}
          </text>
        </g>
      </svg>
      <ul className="location-map__legend small" aria-label={t('pngLegendTitle')}>
        <li>
          <span className="location-map__key" style={{ background: colour }} aria-hidden="true" />
          {t('locLegendSite')}
        </li>
        {row.region ? (
          <li>
            <span
              className="location-map__key"
              style={{ background: REGION_TONES[0], borderColor: REGION_OUTLINE_COLOUR }}
              aria-hidden="true"
            />
            {t('locLegendRegion', { name: row.region })}
          </li>
        ) : null}
        {drawing.otherSitesPathD ? (
          <li>
            <span className="location-map__key" style={{ background: '#c9cfd2' }} aria-hidden="true" />
            {t('locLegendOther')}
          </li>
        ) : null}
        {drawing.roadsPathD ? (
          <li>
            <span
              className="location-map__key location-map__key--line"
              style={{ background: ROAD_COLOUR }}
              aria-hidden="true"
            />
            {t('locLegendRoads')}
          </li>
        ) : null}
        {hubTypes.map((type) => (
          <li key={type}>
            <span
              className="location-map__key location-map__key--hub"
              style={{ borderColor: HUB_COLOUR[type] }}
              aria-hidden="true"
            />
            {t(HUB_TYPE_KEY[type])}
          </li>
        ))}
        <li className="muted">{t('locSource')}</li>
      </ul>
    </div>
  );
}
