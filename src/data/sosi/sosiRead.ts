// A SOSI file (4.5/5.0 text) as parsed features: .FLATE objects as Polygons built from their ..REF curves, or .PUNKT as
// Points.
import { ARC_TOLERANCE_DEG, ARC_TOLERANCE_M, type Pt } from '../arcs.ts';
import type { FeatureRef } from '../../domain/types.ts';
import type { ParsedCollection, ParsedFeature } from '../loadGeoJson.ts';
import { DataError, type MappingNote, type Problem } from '../problems.ts';
import { detached, type TextSource } from '../textChunks.ts';
import { readSosiHeader, type SosiHeader } from './sosiHeader.ts';
import { SosiStream, type SosiObject } from './sosiLex.ts';
import { readCoords, readProperties } from './sosiObjects.ts';
import { buildRings, CURVE_KINDS, makeCurve, type Curve } from './sosiRings.ts';

export interface SosiReadOptions {
  file: string;
  /** areas: .FLATE become features (sites, regions); points: .PUNKT and .SYMBOL do (hubs). */
  want: 'areas' | 'points';
  /** The character set the bytes were decoded with, for the notes. */
  encoding?: string | undefined;
  /** Called with the share of the input read (0–1) in steps of about a megabyte, for a progress bar. */
  onProgress?: ((share: number) => void) | undefined;
}

/** Object types of SOSI 4.x/5.0 that this reader recognises (and reads or deliberately passes over). */
const KNOWN = new Set(['FLATE', 'PUNKT', 'SYMBOL', 'TEKST', 'SVERM', 'OBJEKT', 'DEF', 'OBJDEF', ...CURVE_KINDS]);
const POINT_KINDS = new Set(['PUNKT', 'SYMBOL']);
const ARC_KINDS = new Set(['BUEP', 'SIRKELP', 'BUE', 'SIRKEL']);

const label = (o: SosiObject): FeatureRef =>
  o.serial === null
    ? { kind: 'sosi', line: o.line, object: o.kind }
    : { kind: 'sosi', line: o.line, object: o.kind, serial: o.serial };

function counted(counts: Map<string, number>): string {
  return [...counts].map(([kind, n]) => `${n} .${kind}`).join(', ');
}

/** A .FLATE read while streaming, whose rings are built once every curve of the file is known. */
interface PendingArea {
  feature: ParsedFeature;
  refs: string | null;
}

/**
 * Parses SOSI text into features for the shared pipeline. Throws DataError for file-level faults. The text (one
 * string, or its pieces as the bytes are decoded, see textChunks.ts) is streamed object by object (see SosiStream):
 * each curve becomes its points in a Map by serial number, each wanted object a feature, and the areas' rings are
 * assembled at the end, since a .FLATE may refer to curves further down the file.
 */
export function readSosi(text: TextSource, opts: SosiReadOptions): ParsedCollection {
  const { file } = opts;
  const stream = new SosiStream(text, opts.onProgress);
  let header: SosiHeader | null = null;
  let tol = ARC_TOLERANCE_M;
  /** Objects met before the .HODE (which the format puts first), read once the header is known. */
  const early: SosiObject[] = [];
  /** Repeated serial numbers, reported after the file-level warnings as before. */
  const repeated: Problem[] = [];
  const curves = new Map<number, Curve>();
  let arcs = 0;
  const features: ParsedFeature[] = [];
  const areas: PendingArea[] = [];
  const passed = new Map<string, number>();

  const readObject = (o: SosiObject, h: SosiHeader): void => {
    if (CURVE_KINDS.has(o.kind) && o.serial !== null) {
      const first = curves.get(o.serial);
      if (first) {
        repeated.push({
          file,
          severity: 'warning',
          code: 'sosi-serial-repeated',
          params: { line: String(o.line), serial: String(o.serial), firstLine: String(first.line) },
        });
      } else {
        const coords = readCoords(o, h);
        if (ARC_KINDS.has(o.kind)) arcs++;
        const param = (name: string) => o.elements.find((e) => e.name === name && e.level === 2)?.value;
        const params = { radius: param('RADIUS'), storbue: param('STORBUE'), geographic: h.geographic };
        curves.set(
          o.serial,
          coords.ok
            ? makeCurve(o.kind, o.line, coords.pts, tol, params)
            : { kind: o.kind, line: o.line, problem: { variant: `coords-${coords.variant}`, params: coords.params } },
        );
      }
    }
    const wanted = opts.want === 'areas' ? o.kind === 'FLATE' : POINT_KINDS.has(o.kind);
    if (KNOWN.has(o.kind) && !wanted) {
      passed.set(o.kind, (passed.get(o.kind) ?? 0) + 1);
      return;
    }
    const feature: ParsedFeature = {
      index: features.length,
      isFeature: true,
      what: { kind: 'sosi', type: o.kind },
      id: o.serial ?? undefined,
      properties: readProperties(o.elements),
      geometry: null,
      ref: label(o),
    };
    features.push(feature);
    if (!KNOWN.has(o.kind)) {
      feature.unusable = { code: 'sosi-object-unknown', params: { kind: o.kind } };
      return;
    }
    if (o.kind === 'FLATE') {
      const refs = o.elements.filter((e) => e.name === 'REF').map((e) => e.value);
      areas.push({ feature, refs: refs.length === 0 ? null : detached(refs.join(' ')) });
      return;
    }
    const coords = readCoords(o, h);
    if (!coords.ok)
      feature.geometryProblem = { code: 'sosi-coordinates', variant: coords.variant, params: coords.params };
    else if (coords.pts.length === 0) feature.geometryProblem = { code: 'geometry-null', variant: 'sosi-point' };
    else feature.geometry = { type: 'Point', coordinates: [...(coords.pts[0] as Pt)] };
  };

  for (const o of stream.objects()) {
    if (header === null) {
      if (o.kind !== 'HODE') {
        early.push(o);
        continue;
      }
      header = readSosiHeader(o, file);
      tol = header.geographic ? ARC_TOLERANCE_DEG : ARC_TOLERANCE_M;
      for (const e of early.splice(0)) readObject(e, header);
      continue;
    }
    readObject(o, header);
  }
  if (header === null) header = readSosiHeader(null, file);

  // The areas' rings, now that every curve is known.
  for (const { feature, refs } of areas) {
    const built = buildRings(refs, curves);
    if (built.ok)
      feature.geometry = { type: 'Polygon', coordinates: built.rings.map((r) => r.map((p) => [p[0], p[1]])) };
    else
      feature.geometryProblem = {
        code: built.code,
        ...(built.variant === undefined ? {} : { variant: built.variant }),
        ...(built.params === undefined ? {} : { params: built.params }),
      };
  }

  const problems: Problem[] = [];
  const warn = (code: string, params: Record<string, string>): void =>
    void problems.push({ file, severity: 'warning', code, params });
  if (stream.slutt === null) warn('sosi-no-slutt', { count: String(stream.count - 1) });
  if (stream.stray.length > 0)
    warn('sosi-stray-text', { count: String(stream.stray.length), line: String(stream.stray[0]) });
  problems.push(...repeated);
  if (features.length === 0) {
    // The variant: what was wanted (`areas`, `points`) and whether the file has other objects (`-empty` when none).
    throw new DataError({
      file,
      code: 'sosi-nothing-wanted',
      variant: `${opts.want === 'areas' ? 'areas' : 'points'}${passed.size > 0 ? '' : '-empty'}`,
      params: passed.size > 0 ? { found: counted(passed) } : {},
    });
  }

  // Facts only (the words are in src/i18n/mappingNotes.*.ts): how the header was read, then what was read.
  const charset = opts.encoding ?? header.charset;
  const notes: MappingNote[] = [
    {
      code: 'sosi-read',
      params: {
        ...(header.version ? { version: header.version } : {}),
        ...(charset === undefined ? {} : { charset }),
        koordsys: String(header.koordsys),
        epsg: String(header.epsg),
        enhet: String(header.enhet),
        origoN: String(header.origoN),
        origoE: String(header.origoE),
      },
    },
    {
      code: 'sosi-objects',
      variant: opts.want === 'areas' ? 'areas' : 'points',
      params: {
        count: String(features.length),
        ...(opts.want === 'areas' ? { curves: String(curves.size) } : {}),
        ...(passed.size > 0 ? { notRead: counted(passed) } : {}),
      },
    },
  ];
  if (arcs > 0)
    notes.push({
      code: 'sosi-arcs',
      variant: header.geographic ? 'geographic' : 'projected',
      params: { count: String(arcs) },
    });
  return { file, crsMember: { type: 'name', properties: { name: `EPSG:${header.epsg}` } }, features, problems, notes };
}
