// A GML 3.2.1 plan file (KpArealformålOmråde, RpArealformålOmråde … under gml:featureMember or wfs:member) as parsed
// features.
import { parseEpsg } from '../../domain/crsNames.ts';
import { ARC_TOLERANCE_DEG, ARC_TOLERANCE_M } from '../arcs.ts';
import type { ParsedCollection, ParsedFeature, SafeRecord } from '../loadGeoJson.ts';
import { DataError, type MappingNote } from '../problems.ts';
import { GEOGRAPHIC } from '../resolveCrs.ts';
import { detached, type TextSource } from '../textChunks.ts';
import {
  AREA_ELEMENTS,
  areaPolygons,
  GEOMETRY_ELEMENTS,
  GmlGeometryError,
  pointOf,
  POINT_ELEMENTS,
} from './gmlGeometry.ts';
import { firstChild, visitGmlFeatures, type XmlNode } from './gmlTree.ts';

export interface GmlReadOptions {
  file: string;
  /** areas: features with a surface become features (sites, regions); points: features with a gml:Point (hubs). */
  want: 'areas' | 'points';
  /** Called with the share of the input read (0–1) in steps of about a megabyte, for a progress bar. */
  onProgress?: ((share: number) => void) | undefined;
}

/** Children of a feature that describe it rather than hold its data. */
const SKIPPED_PROPERTIES = new Set(['boundedBy']);

function put(target: Record<string, unknown>, name: string, value: unknown): void {
  if (Object.hasOwn(target, name)) {
    const seen = target[name];
    value = Array.isArray(seen) ? [...(seen as unknown[]), value] : [seen, value];
  }
  Object.defineProperty(target, name, { value, enumerable: true, writable: true, configurable: true });
}

/**
 * A property element as data: text for a leaf; for a group, its children — looking through one GML object
 * wrapper, so `app:identifikasjon/app:Identifikasjon/app:lokalId` reads as `identifikasjon.lokalId`.
 */
function valueOf(node: XmlNode, depth: number): unknown {
  if (node.children.length === 0) return detached(node.text.trim());
  const only = node.children.length === 1 ? (node.children[0] as XmlNode) : null;
  const body = only && only.children.length > 0 ? only : node;
  const out = Object.create(null) as Record<string, unknown>;
  if (depth < 4) for (const c of body.children) put(out, c.name, valueOf(c, depth + 1));
  return out;
}

/** The geometry element a property holds, if it holds one. */
const geometryIn = (prop: XmlNode): XmlNode | undefined => {
  const g = prop.children[0];
  return g && GEOMETRY_ELEMENTS.has(g.name) ? g : undefined;
};

/** Old GML spells a CRS `http://www.opengis.net/gml/srs/epsg.xml#25832`; read it as EPSG:25832. */
const normaliseSrs = (srs: string): string =>
  srs.replace(/^https?:\/\/www\.opengis\.net\/gml\/srs\/epsg\.xml#(\d+)$/i, 'EPSG:$1');

/**
 * Parses GML text (one string, or its pieces as the bytes are decoded, see textChunks.ts) into features for the shared
 * pipeline, one feature's element tree at a time. Throws DataError for file-level faults.
 */
export function readGml(text: TextSource, opts: GmlReadOptions): ParsedCollection {
  const { file, want } = opts;
  const features: ParsedFeature[] = [];
  const passed = new Map<string, number>();
  let srs: string | undefined;
  let mixed: { first: string; other: string; line: number } | undefined;
  let collectionSrs: string | undefined;
  const wantedSet = want === 'areas' ? AREA_ELEMENTS : POINT_ELEMENTS;

  const visit = visitGmlFeatures(
    text,
    file,
    (node) => {
      const props = node.children.filter((c) => !SKIPPED_PROPERTIES.has(c.name));
      const geomProp = props.find((p) => {
        const g = geometryIn(p);
        return g !== undefined && wantedSet.has(g.name);
      });
      if (!geomProp) {
        passed.set(node.qname, (passed.get(node.qname) ?? 0) + 1);
        return;
      }
      const geom = geometryIn(geomProp) as XmlNode;
      const envelope = firstChild(firstChild(node, 'boundedBy') ?? node, 'Envelope');
      const srsName = geom.attrs.srsName ?? envelope?.attrs.srsName ?? collectionSrs;
      if (srsName !== undefined) {
        const n = normaliseSrs(srsName);
        if (srs === undefined) srs = n;
        else if (n !== srs && parseEpsg(n) !== parseEpsg(srs) && !mixed)
          mixed = { first: srs, other: n, line: geom.line };
      }
      const code = srsName === undefined ? null : parseEpsg(normaliseSrs(srsName));
      const latLon = code !== null && GEOGRAPHIC.has(code);
      const properties = Object.create(null) as Record<string, unknown>;
      for (const p of props) if (p !== geomProp && !geometryIn(p)) put(properties, p.name, valueOf(p, 0));
      const feature: ParsedFeature = {
        index: features.length,
        isFeature: true,
        what: { kind: 'gml', type: node.qname },
        id: node.attrs.id,
        properties: properties as SafeRecord,
        geometry: null,
        ref: { kind: 'gml', line: node.line, element: node.qname },
      };
      const ctx = { latLon, dims: 2, tol: latLon ? ARC_TOLERANCE_DEG : ARC_TOLERANCE_M };
      try {
        if (want === 'areas') {
          const polygons = areaPolygons(geom, ctx);
          feature.geometry = {
            type: 'MultiPolygon',
            coordinates: polygons.map((poly) => poly.map((r) => r.map((p) => [p[0], p[1]]))),
          };
        } else {
          const p = pointOf(geom, ctx);
          feature.geometry = { type: 'Point', coordinates: [p[0], p[1]] };
        }
      } catch (e) {
        if (!(e instanceof GmlGeometryError)) throw e;
        feature.geometryProblem = { code: e.code, variant: e.variant, params: e.params };
      }
      features.push(feature);
    },
    (envelopeSrs) => {
      collectionSrs = envelopeSrs;
    },
    opts.onProgress,
  );

  if (!/FeatureCollection$/.test(visit.root) && features.length === 0) {
    throw new DataError({
      file,
      code: 'gml-not-collection',
      params: { root: visit.root },
    });
  }
  if (mixed) {
    throw new DataError({
      file,
      code: 'gml-srs-mixed',
      params: { line: String(mixed.line), other: mixed.other, first: mixed.first },
    });
  }
  const kinds = [...passed].map(([name, n]) => `${n} ${name}`).join(', ');
  if (features.length === 0) {
    // The variant: what was wanted (`areas`, `points`), and `-empty` when the file has no members at all.
    throw new DataError({
      file,
      code: 'gml-nothing-wanted',
      variant: `${want === 'areas' ? 'areas' : 'points'}${kinds ? '' : '-empty'}`,
      params: kinds ? { found: kinds } : {},
    });
  }
  // Facts only (the words are in src/i18n/mappingNotes.*.ts).
  const notes: MappingNote[] = [
    {
      code: 'gml-read',
      variant: want === 'areas' ? 'areas' : 'points',
      params: { root: visit.root, count: String(features.length), ...(kinds ? { notRead: kinds } : {}) },
    },
    srs === undefined
      ? { code: 'gml-srs', variant: 'none' }
      : {
          code: 'gml-srs',
          variant: parseEpsg(srs) !== null && GEOGRAPHIC.has(parseEpsg(srs) as never) ? 'lat-lon' : 'given',
          params: { srs },
        },
  ];
  return {
    file,
    crsMember: srs === undefined ? undefined : { type: 'name', properties: { name: srs } },
    features,
    problems: [],
    notes,
  };
}
