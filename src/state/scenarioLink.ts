// Share-by-link: a scenario as `z.` + base64url of its deflated compact schema JSON in `?view=compare&scn=…`, and
// back. Links made before compression (plain base64url JSON) are still read.
import type { Scenario } from '../domain/scenario';
import { scenarioProblem, type ScenarioProblem } from '../domain/scenarioProblem';
import { ScenarioError, parseScenarioText, serializeScenario } from '../domain/scenarioSchema';

export const LINK_PARAM = 'scn';
/**
 * Links longer than this are not made: some mail programs and chat tools cut them, and servers refuse long request
 * lines (ours answers HTTP 431 near 16 KB, before the app can say anything). The scenario is offered as a file instead.
 */
export const MAX_LINK_CHARS = 8000;
/** Marks a compressed value ("." is not a base64url character, so old links cannot start with it). */
const COMPRESSED = 'z.';

/** deflate-raw through the browser's (and Node's) CompressionStream: no library needed. */
async function through(
  bytes: Uint8Array<ArrayBuffer>,
  stream: CompressionStream | DecompressionStream,
): Promise<Uint8Array> {
  const writer = stream.writable.getWriter();
  void writer.write(bytes).catch(() => {});
  void writer.close().catch(() => {});
  return new Uint8Array(await new Response(stream.readable).arrayBuffer());
}

function bytesToBase64Url(bytes: Uint8Array): string {
  let binary = '';
  // In chunks: String.fromCharCode(...all) overflows the argument limit for big scenarios.
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function base64UrlToBytes(text: string): Uint8Array<ArrayBuffer> {
  if (!/^[A-Za-z0-9_-]*$/.test(text)) throw new Error('not base64url');
  const b64 = text.replace(/-/g, '+').replace(/_/g, '/');
  const binary = atob(b64 + '='.repeat((4 - (b64.length % 4)) % 4));
  return Uint8Array.from(binary, (c) => c.charCodeAt(0));
}

/** The link value: the schema's canonical JSON without indentation, deflated, as base64url after `z.`. */
export async function encodeScenarioParam(scenario: Scenario): Promise<string> {
  const compact = JSON.stringify(JSON.parse(serializeScenario(scenario)));
  return (
    COMPRESSED +
    bytesToBase64Url(await through(new TextEncoder().encode(compact), new CompressionStream('deflate-raw')))
  );
}

const damaged = (): ScenarioError => new ScenarioError([scenarioProblem([], 'link-damaged')]);

export const isCompressedParam = (value: string): boolean => value.trim().startsWith(COMPRESSED);

/** Reads a link value, compressed or not (older versions migrate); rejects with a ScenarioError naming the problem. */
export async function decodeScenarioParam(value: string): Promise<{ scenario: Scenario; warnings: ScenarioProblem[] }> {
  if (!isCompressedParam(value)) return decodePlainScenarioParam(value);
  let text: string;
  try {
    const bytes = await through(
      base64UrlToBytes(value.trim().slice(COMPRESSED.length)),
      new DecompressionStream('deflate-raw'),
    );
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw damaged();
  }
  return parseScenarioText(text);
}

/** Reads an uncompressed link value (links made before compression); throws ScenarioError naming the problem. */
export function decodePlainScenarioParam(value: string): { scenario: Scenario; warnings: ScenarioProblem[] } {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(base64UrlToBytes(value.trim()));
  } catch {
    throw damaged();
  }
  return parseScenarioText(text);
}

/** The address that opens the comparison with this scenario added; `tooLong` when it passes MAX_LINK_CHARS (then do not
 * offer it). */
export async function scenarioLink(pageUrl: string, scenario: Scenario): Promise<{ url: string; tooLong: boolean }> {
  const url = new URL(pageUrl);
  // The reader gets the comparison in the sender's language; the sender's filters and map position stay behind.
  const lang = url.searchParams.get('lang');
  url.search = '';
  url.hash = '';
  url.searchParams.set('view', 'compare');
  if (lang) url.searchParams.set('lang', lang);
  url.searchParams.set(LINK_PARAM, await encodeScenarioParam(scenario));
  const text = url.toString();
  return { url: text, tooLong: text.length > MAX_LINK_CHARS };
}
