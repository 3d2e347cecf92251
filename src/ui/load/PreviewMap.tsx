// A small north-up map in the load preview: the current regions in grey and what is about to be loaded on top,
// drawn as SVG from the projected (EPSG:25832) coordinates, so it works before anything is applied and offline.
import { useMemo } from 'react';
import { bboxOf } from '../../domain/geometry';
import { featurePoint } from '../../domain/previewPlacement';
import type { Hub, MultiPolygonXY, Region, Site } from '../../domain/types';
import type { Translate } from '../../i18n';
import type { LoadKind } from '../../state/loadInspect';

const W = 320;
const H = 220;
const PAD = 10;
/** Thousands of outlines would make a slow SVG; past this many, the features are drawn as dots. */
const MAX_OUTLINES = 400;

type Box = [number, number, number, number];

function grow(a: Box | null, b: readonly number[]): Box {
  if (!a) return [b[0] as number, b[1] as number, b[2] as number, b[3] as number];
  return [
    Math.min(a[0], b[0] as number),
    Math.min(a[1], b[1] as number),
    Math.max(a[2], b[2] as number),
    Math.max(a[3], b[3] as number),
  ];
}

export interface PreviewMapProps {
  t: Translate;
  kind: LoadKind;
  items: readonly (Site | Hub | Region)[];
  regions: readonly Region[];
  /** The grey regions' names as one phrase ("Asker nord og Asker syd"), for the map's label; empty: none drawn. */
  regionList: string;
}

export function PreviewMap({ t, kind, items, regions, regionList }: PreviewMapProps) {
  const drawing = useMemo(() => {
    let box: Box | null = null;
    for (const r of regions) box = grow(box, bboxOf(r.geometry));
    const points = items.map((item) => featurePoint(kind, item));
    for (const p of points) box = grow(box, [p[0], p[1], p[0], p[1]]);
    if (!box) return null;
    // One scale for both axes (north up, no stretching); a single point gets a box of a metre.
    const scale = Math.min((W - 2 * PAD) / Math.max(box[2] - box[0], 1), (H - 2 * PAD) / Math.max(box[3] - box[1], 1));
    const b = box;
    const sx = (x: number) => PAD + (x - b[0]) * scale;
    const sy = (y: number) => H - PAD - (y - b[1]) * scale;
    const path = (g: MultiPolygonXY) =>
      g
        .map((poly) =>
          poly
            .map(
              (ring) =>
                ring.map((xy, i) => `${i === 0 ? 'M' : 'L'}${sx(xy[0]).toFixed(1)} ${sy(xy[1]).toFixed(1)}`).join('') +
                'Z',
            )
            .join(''),
        )
        .join('');
    const outlines =
      kind !== 'hubs' && items.length <= MAX_OUTLINES
        ? items.map((item) => path((item as Site | Region).geometry))
        : [];
    const dots = outlines.length === 0 ? points.map((p) => [sx(p[0]), sy(p[1])] as const) : [];
    return { regions: regions.map((r) => path(r.geometry)), outlines, dots };
  }, [items, kind, regions]);
  if (!drawing) return null;
  return (
    <svg
      className="load-preview-map"
      data-testid="load-preview-map"
      viewBox={`0 0 ${W} ${H}`}
      role="img"
      aria-label={
        regionList.length > 0 ? t('profLoadPreviewMap', { regions: regionList }) : t('profLoadPreviewMapNoRegions')
      }
    >
      <rect x="0" y="0" width={W} height={H} fill="#d9e3e8" />
      {drawing.regions.map((d, i) => (
        <path key={`r${i}`} d={d} fill="#f5f3ee" stroke="#5f6b73" strokeWidth={1} fillRule="evenodd" />
      ))}
      {drawing.outlines.map((d, i) => (
        <path
          key={`o${i}`}
          d={d}
          fill="#D55E00"
          fillOpacity={0.6}
          stroke="#000000"
          strokeWidth={1}
          fillRule="evenodd"
        />
      ))}
      {drawing.dots.map(([x, y], i) => (
        <circle key={`d${i}`} cx={x} cy={y} r={3.5} fill="#D55E00" stroke="#000000" strokeWidth={1} />
      ))}
    </svg>
  );
}
