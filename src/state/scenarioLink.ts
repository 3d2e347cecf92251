// Share-by-link: a scenario as base64url of its compact schema JSON in `?view=compare&scn=…`, and back.
import type { Scenario } from '../domain/scenario';
import { ScenarioError, parseScenarioText, serializeScenario } from '../domain/scenarioSchema';

export const LINK_PARAM = 'scn';
/** Links much longer than this are cut by some mail programs, chat tools and servers. */
export const MAX_LINK_CHARS = 8000;

function bytesToBase64Url(bytes: Uint8Array): string {
  let binary = '';
  // In chunks: String.fromCharCode(...all) overflows the argument limit for big scenarios.
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function base64UrlToBytes(text: string): Uint8Array {
  if (!/^[A-Za-z0-9_-]*$/.test(text)) throw new Error('not base64url');
  const b64 = text.replace(/-/g, '+').replace(/_/g, '/');
  const binary = atob(b64 + '='.repeat((4 - (b64.length % 4)) % 4));
  return Uint8Array.from(binary, (c) => c.charCodeAt(0));
}

/** The link value: the schema's canonical JSON without indentation (the same fields, far fewer characters). */
export function encodeScenarioParam(scenario: Scenario): string {
  const compact = JSON.stringify(JSON.parse(serializeScenario(scenario)));
  return bytesToBase64Url(new TextEncoder().encode(compact));
}

/** Reads a link value with the schema (older versions migrate); throws ScenarioError naming the problem. */
export function decodeScenarioParam(value: string): { scenario: Scenario; warnings: string[] } {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(base64UrlToBytes(value.trim()));
  } catch {
    throw new ScenarioError([`${LINK_PARAM}: the link is damaged (not base64url-encoded UTF-8 text); was it cut short?`]);
  }
  return parseScenarioText(text);
}

/** The address that opens the comparison with this scenario added; `tooLong` when it passes MAX_LINK_CHARS. */
export function scenarioLink(pageUrl: string, scenario: Scenario): { url: string; tooLong: boolean } {
  const url = new URL(pageUrl);
  // The reader gets the comparison in the sender's language; the sender's filters and map position stay behind.
  const lang = url.searchParams.get('lang');
  url.search = '';
  url.hash = '';
  url.searchParams.set('view', 'compare');
  if (lang) url.searchParams.set('lang', lang);
  url.searchParams.set(LINK_PARAM, encodeScenarioParam(scenario));
  const text = url.toString();
  return { url: text, tooLong: text.length > MAX_LINK_CHARS };
}
