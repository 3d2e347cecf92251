// Browser glue: a PNG of the map as shown (WebGL canvas + the HTML labels and scale), drawn at twice the screen's
// pixels or more, with a band under it holding the title, a legend of what is drawn, and the caption lines.
import { snapshotMapIn } from '../../map/mapSnapshot';

/** One entry of the legend band: a filled square (sites, regions), a ring (hubs) or a line. */
export interface LegendItem {
  kind: 'fill' | 'ring' | 'line';
  colour: string;
  label: string;
  /** Drawn at the map's future-site opacity (lighter), as on the map. */
  lighter?: boolean;
}

export interface MapImageCaption {
  title: string;
  legendTitle: string;
  legend: readonly LegendItem[];
  /** Smaller lines under the legend: the data notice, the sources, the basemap attribution. */
  lines: readonly string[];
}

/** The image has at least this many pixels per CSS pixel of the map, whatever the screen. */
export const MIN_PIXEL_RATIO = 2;

const INK = '#1f2a30';

function toPngBlob(canvas: HTMLCanvasElement): Promise<Blob> {
  return new Promise((resolve, reject) => {
    canvas.toBlob(
      (blob) => (blob ? resolve(blob) : reject(new Error('the browser could not encode the PNG'))),
      'image/png',
    );
  });
}

/** maplibre's scale control is HTML too: drawn as on screen, a box open at the top with its length written in it. */
function drawScaleBar(ctx: CanvasRenderingContext2D, mapArea: HTMLElement, box: DOMRect, scale: number): void {
  const el = mapArea.querySelector<HTMLElement>('.maplibregl-ctrl-scale');
  const r = el?.getBoundingClientRect();
  if (!el || !r || r.width === 0) return;
  const x = (r.left - box.left) * scale;
  const y = (r.top - box.top) * scale;
  const w = r.width * scale;
  const h = r.height * scale;
  ctx.fillStyle = 'rgba(255, 255, 255, 0.75)';
  ctx.fillRect(x, y, w, h);
  ctx.strokeStyle = '#333333';
  ctx.lineWidth = 2 * scale;
  ctx.beginPath();
  ctx.moveTo(x + scale, y);
  ctx.lineTo(x + scale, y + h - scale);
  ctx.lineTo(x + w - scale, y + h - scale);
  ctx.lineTo(x + w - scale, y);
  ctx.stroke();
  ctx.fillStyle = '#333333';
  ctx.font = `${10 * scale}px system-ui, sans-serif`;
  ctx.textAlign = 'left';
  ctx.textBaseline = 'middle';
  ctx.fillText(el.textContent?.trim() ?? '', x + 5 * scale, y + h / 2);
}

/** Legend entries laid out left to right, wrapping at `width`: x and row for each, in output pixels. */
function layoutLegend(
  ctx: CanvasRenderingContext2D,
  items: readonly LegendItem[],
  start: number,
  width: number,
  scale: number,
) {
  const swatch = 12 * scale;
  const gap = 16 * scale;
  let x = start;
  let row = 0;
  const placed = items.map((item) => {
    const w = swatch + 5 * scale + ctx.measureText(item.label).width;
    if (x > start && x + w > width - 10 * scale) {
      x = 10 * scale;
      row++;
    }
    const at = { item, x, row };
    x += w + gap;
    return at;
  });
  return { placed, rows: row + 1 };
}

function drawLegendItem(ctx: CanvasRenderingContext2D, item: LegendItem, x: number, midY: number, scale: number): void {
  const s = 12 * scale;
  const top = midY - s / 2;
  if (item.kind === 'fill') {
    ctx.globalAlpha = item.lighter ? 0.45 : 0.85;
    ctx.fillStyle = item.colour;
    ctx.fillRect(x, top, s, s);
    ctx.globalAlpha = 1;
    ctx.strokeStyle = INK;
    ctx.lineWidth = scale;
    ctx.strokeRect(x, top, s, s);
  } else if (item.kind === 'ring') {
    ctx.strokeStyle = item.colour;
    ctx.lineWidth = 3 * scale;
    ctx.beginPath();
    ctx.arc(x + s / 2, midY, s / 2 - 1.5 * scale, 0, 2 * Math.PI);
    ctx.stroke();
  } else {
    ctx.strokeStyle = item.colour;
    ctx.lineWidth = 3 * scale;
    ctx.beginPath();
    ctx.moveTo(x, midY);
    ctx.lineTo(x + s, midY);
    ctx.stroke();
  }
  ctx.fillStyle = INK;
  ctx.fillText(item.label, x + s + 5 * scale, midY);
}

/**
 * Redraws the map inside `mapArea` at ≥ 2 canvas pixels per CSS pixel (maplibre at a higher pixel ratio, then back),
 * draws the names that are HTML labels over it (the offline style has no glyphs, so they are not in the canvas) and
 * the scale bar, and adds the band with title, legend and caption. Throws when there is no drawn map (no WebGL).
 */
export async function mapImagePng(mapArea: HTMLElement, caption: MapImageCaption): Promise<Blob> {
  const source = mapArea.querySelector<HTMLCanvasElement>('canvas.maplibregl-canvas');
  const box = source?.getBoundingClientRect();
  if (!source || !box || source.width === 0 || box.width === 0) throw new Error('the map is not drawn');
  const snap = await (snapshotMapIn(mapArea, MIN_PIXEL_RATIO) ?? Promise.reject(new Error('no live map to redraw')));
  const scale = snap.ratio;
  const mapW = snap.canvas.width;
  const mapH = snap.canvas.height;

  const legendFont = `${12 * scale}px system-ui, sans-serif`;
  const measure = document.createElement('canvas').getContext('2d');
  if (!measure) throw new Error('no 2D canvas');
  measure.font = `700 ${12 * scale}px system-ui, sans-serif`;
  const legendStart = 10 * scale + measure.measureText(`${caption.legendTitle}:`).width + 10 * scale;
  measure.font = legendFont;
  const legend = layoutLegend(measure, caption.legend, legendStart, mapW, scale);

  const lineH = 18 * scale;
  const footerH = Math.round(12 * scale + lineH * (1 + legend.rows + caption.lines.length) + 6 * scale);
  const out = document.createElement('canvas');
  out.width = mapW;
  out.height = mapH + footerH;
  const ctx = out.getContext('2d');
  if (!ctx) throw new Error('no 2D canvas');
  ctx.drawImage(snap.canvas, 0, 0);

  ctx.textAlign = 'center';
  ctx.textBaseline = 'middle';
  ctx.lineJoin = 'round';
  for (const el of mapArea.querySelectorAll<HTMLElement>('.map-region-label, .map-site-label, .map-hub-label')) {
    const r = el.getBoundingClientRect();
    const text = el.textContent?.trim() ?? '';
    if (
      text === '' ||
      r.width === 0 ||
      r.right < box.left ||
      r.left > box.right ||
      r.bottom < box.top ||
      r.top > box.bottom
    )
      continue;
    const style = getComputedStyle(el);
    ctx.font = `${style.fontWeight} ${Number.parseFloat(style.fontSize) * scale}px ${style.fontFamily}`;
    const x = (r.left + r.width / 2 - box.left) * scale;
    const y = (r.top + r.height / 2 - box.top) * scale;
    // A light halo keeps the name readable over any fill, like the labels on screen.
    ctx.lineWidth = 3 * scale;
    ctx.strokeStyle = 'rgba(255, 255, 255, 0.9)';
    ctx.strokeText(text, x, y);
    ctx.fillStyle = style.color || INK;
    ctx.fillText(text, x, y);
  }

  drawScaleBar(ctx, mapArea, box, scale);

  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, mapH, out.width, footerH);
  ctx.textAlign = 'left';
  ctx.textBaseline = 'top';
  ctx.fillStyle = INK;
  const left = 10 * scale;
  let y = mapH + 8 * scale;
  ctx.font = `700 ${14 * scale}px system-ui, sans-serif`;
  ctx.fillText(caption.title, left, y);

  y += lineH;
  ctx.font = `700 ${12 * scale}px system-ui, sans-serif`;
  ctx.fillText(`${caption.legendTitle}:`, left, y);
  ctx.font = legendFont;
  ctx.textBaseline = 'middle';
  for (const { item, x, row } of legend.placed) drawLegendItem(ctx, item, x, y + row * lineH + 7 * scale, scale);
  y += (legend.rows - 1) * lineH;

  ctx.textBaseline = 'top';
  ctx.fillStyle = INK;
  ctx.font = legendFont;
  for (const line of caption.lines) {
    y += lineH;
    ctx.fillText(line, left, y);
  }
  return toPngBlob(out);
}
