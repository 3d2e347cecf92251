// GML text → one small element tree per feature, read with the saxes streaming XML parser (only one feature is held at
// a time).
import { SaxesParser } from 'saxes';
import { DataError } from '../problems.ts';
import { chunksOf, type TextSource } from '../textChunks.ts';

/** An XML element as the GML reader needs it: local name (prefix dropped), attributes by local name, text, children. */
export interface XmlNode {
  name: string;
  qname: string;
  attrs: Readonly<Record<string, string>>;
  children: XmlNode[];
  text: string;
  line: number;
}

const local = (qname: string): string => {
  const colon = qname.indexOf(':');
  return colon < 0 ? qname : qname.slice(colon + 1);
};

/** Member elements whose children are features, in GML 3.2 and WFS 2.0. */
const MEMBERS = new Set(['featureMember', 'featureMembers', 'member']);

export interface GmlVisit {
  /** The root element's qualified name (e.g. `wfs:FeatureCollection`). */
  root: string;
  /** srsName of the collection's own gml:boundedBy envelope, inherited by geometries without one. */
  collectionSrs: string | undefined;
}

/**
 * Streams the document — one string, or its pieces as the bytes are decoded (see textChunks.ts), written to the parser
 * one at a time — and calls `onFeature` with each feature element's tree (the children of gml:featureMember /
 * gml:featureMembers / wfs:member). `onProgress` gets the share of the input read after each piece, rising, ending at
 * 1. Throws DataError for XML that is not well formed.
 */
export function visitGmlFeatures(
  text: TextSource,
  file: string,
  onFeature: (node: XmlNode) => void,
  onCollectionSrs?: (srs: string) => void,
  onProgress?: (share: number) => void,
): GmlVisit {
  const parser = new SaxesParser({ position: true });
  const stack: XmlNode[] = [];
  /** Depth of the open member element, so its element children are taken as features. */
  let memberDepth = -1;
  let featureRoot: XmlNode | null = null;
  const visit: GmlVisit = { root: '', collectionSrs: undefined };
  parser.on('opentag', (tag) => {
    const attrs = Object.create(null) as Record<string, string>;
    for (const [k, v] of Object.entries(tag.attributes)) attrs[local(k)] = typeof v === 'string' ? v : v.value;
    const node: XmlNode = { name: local(tag.name), qname: tag.name, attrs, children: [], text: '', line: parser.line };
    if (stack.length === 0) visit.root = tag.name;
    if (featureRoot) {
      (stack[stack.length - 1] as XmlNode).children.push(node);
    } else if (memberDepth >= 0 && stack.length === memberDepth + 1) {
      featureRoot = node;
    } else if (MEMBERS.has(node.name) && stack.length === 1) {
      memberDepth = stack.length;
    } else if (node.name === 'Envelope' && stack.length === 2 && node.attrs.srsName) {
      visit.collectionSrs = node.attrs.srsName;
      onCollectionSrs?.(node.attrs.srsName);
    }
    stack.push(node);
  });
  parser.on('text', (t) => {
    const top = stack[stack.length - 1];
    if (featureRoot && top) top.text += t;
  });
  parser.on('cdata', (t) => {
    const top = stack[stack.length - 1];
    if (featureRoot && top) top.text += t;
  });
  parser.on('closetag', () => {
    const node = stack.pop();
    if (node && node === featureRoot) {
      featureRoot = null;
      onFeature(node);
    } else if (memberDepth >= 0 && stack.length === memberDepth) {
      memberDepth = -1;
    }
  });
  let reported = 0;
  try {
    for (const chunk of chunksOf(text)) {
      parser.write(chunk.text);
      if (onProgress && chunk.share > reported) onProgress((reported = chunk.share));
    }
    parser.close();
  } catch (e) {
    if (e instanceof DataError) throw e;
    const detail = (e instanceof Error ? e.message : String(e))
      .replace(/^(?:[^:]*:)?\d+:\d+: /, '')
      .replace(/\.+$/, '');
    throw new DataError({
      file,
      code: 'gml-invalid',
      params: { line: String(parser.line), column: String(parser.column), detail },
    });
  }
  if (onProgress && reported < 1) onProgress(1);
  return visit;
}

/** The element children of `node` with local name `name`. */
export const childrenNamed = (node: XmlNode, name: string): XmlNode[] => node.children.filter((c) => c.name === name);
export const firstChild = (node: XmlNode, name: string): XmlNode | undefined =>
  node.children.find((c) => c.name === name);
