// The site's outline as an inline SVG (north up, scale bar): a map image that needs no network and prints sharp.
import { useId, useMemo } from 'react';
import { siteOutline } from '../../domain/exportOutline';
import type { AbcType, MultiPolygonXY } from '../../domain/types';
import { translator, type Lang } from '../../i18n';
import { ABC_COLOUR, ABC_NONE_COLOUR } from '../../map/palette';
import { formatDistance } from '../format';

export interface SiteOutlineProps {
  name: string;
  geometry: MultiPolygonXY;
  abc: AbcType | null;
  lang: Lang;
}

const BOX = { widthPx: 480, heightPx: 320, marginPx: 28 };

export function SiteOutline({ name, geometry, abc, lang }: SiteOutlineProps) {
  const t = translator(lang);
  const titleId = useId();
  const descId = useId();
  const outline = useMemo(() => siteOutline(geometry, BOX), [geometry]);
  const colour = abc ? ABC_COLOUR[abc] : ABC_NONE_COLOUR;
  const length = formatDistance(outline.scaleBar.lengthM, lang);
  const barY = BOX.heightPx - 12;
  return (
    <svg
      className="site-outline"
      data-testid="site-outline"
      viewBox={`0 0 ${BOX.widthPx} ${BOX.heightPx}`}
      role="img"
      aria-labelledby={`${titleId} ${descId}`}
    >
      <title id={titleId}>{t('invOutlineTitle', { name })}</title>
      <desc id={descId}>{t('invOutlineDesc', { length })}</desc>
      <rect x="0" y="0" width={BOX.widthPx} height={BOX.heightPx} fill="#f5f3ee" stroke="#c9d1d6" />
      <path
        d={outline.pathD}
        fill={colour}
        fillOpacity={0.55}
        fillRule="evenodd"
        stroke="#1f2a30"
        strokeWidth={2}
        strokeLinejoin="round"
      />
      <g aria-hidden="true" fill="#1f2a30" fontSize="13" fontFamily="system-ui, sans-serif">
        <path d={`M${BOX.widthPx - 22} 30 l8 -20 l8 20 l-8 -6 z`} />
        <text x={BOX.widthPx - 14} y={46} textAnchor="middle" fontWeight={700}>
          {t('invNorth')}
        </text>
        <rect x={12} y={barY - 4} width={outline.scaleBar.lengthPx} height={4} />
        <text x={12 + outline.scaleBar.lengthPx + 6} y={barY} dominantBaseline="middle">
          {length}
        </text>
      </g>
    </svg>
  );
}
