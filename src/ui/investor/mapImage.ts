// Browser glue: a PNG of the map as shown (WebGL canvas + the HTML labels and scale) with a caption band under it.

export interface MapImageCaption {
  title: string;
  /** Smaller lines under the title: the data notice, the basemap attribution. */
  lines: readonly string[];
}

const INK = '#1f2a30';

function toPngBlob(canvas: HTMLCanvasElement): Promise<Blob> {
  return new Promise((resolve, reject) => {
    canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('the browser could not encode the PNG'))), 'image/png');
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

/**
 * Copies the map canvas inside `mapArea` (the map is created with preserveDrawingBuffer, so the last frame is still
 * there), draws the names that are HTML labels over the map (the offline style has no glyphs, so they are not in the
 * canvas), and adds the caption. Throws when there is no drawn map (no WebGL).
 */
export async function mapImagePng(mapArea: HTMLElement, caption: MapImageCaption): Promise<Blob> {
  const source = mapArea.querySelector<HTMLCanvasElement>('canvas.maplibregl-canvas');
  const box = source?.getBoundingClientRect();
  if (!source || !box || source.width === 0 || box.width === 0) throw new Error('the map is not drawn');
  const scale = source.width / box.width;
  const lineH = 18 * scale;
  const footerH = Math.round(12 * scale + lineH * (1 + caption.lines.length) + 6 * scale);
  const out = document.createElement('canvas');
  out.width = source.width;
  out.height = source.height + footerH;
  const ctx = out.getContext('2d');
  if (!ctx) throw new Error('no 2D canvas');
  ctx.drawImage(source, 0, 0);

  ctx.textAlign = 'center';
  ctx.textBaseline = 'middle';
  ctx.lineJoin = 'round';
  for (const el of mapArea.querySelectorAll<HTMLElement>('.map-region-label, .map-site-label, .map-hub-label')) {
    const r = el.getBoundingClientRect();
    const text = el.textContent?.trim() ?? '';
    if (text === '' || r.width === 0 || r.right < box.left || r.left > box.right || r.bottom < box.top || r.top > box.bottom) continue;
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
  ctx.fillRect(0, source.height, out.width, footerH);
  ctx.textAlign = 'left';
  ctx.textBaseline = 'top';
  ctx.fillStyle = INK;
  const left = 10 * scale;
  let y = source.height + 8 * scale;
  ctx.font = `700 ${14 * scale}px system-ui, sans-serif`;
  ctx.fillText(caption.title, left, y);
  ctx.font = `${12 * scale}px system-ui, sans-serif`;
  for (const line of caption.lines) {
    y += lineH;
    ctx.fillText(line, left, y);
  }
  return toPngBlob(out);
}
