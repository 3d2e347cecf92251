// Maps the many spellings of status, ABC type, readiness and hub type found in real files onto the engine's codes.
import type { AbcType, HubType, Readiness, SiteStatus } from '../domain/types.ts';

// Maps (not object literals) so a value like "constructor" or "__proto__" can never hit an inherited key.
const STATUS = new Map<string, SiteStatus>([
  ['eksisterende', 'eksisterende'],
  ['nåværende', 'eksisterende'],
  ['naværende', 'eksisterende'],
  ['eksisterande', 'eksisterende'],
  ['noverande', 'eksisterende'],
  ['existing', 'eksisterende'],
  // SOSI arealbruksstatus 1 = nåværende, 2 = framtidig.
  ['1', 'eksisterende'],
  ['fremtidig', 'fremtidig'],
  ['framtidig', 'fremtidig'],
  ['future', 'fremtidig'],
  ['planned', 'fremtidig'],
  ['2', 'fremtidig'],
]);

const ABC = new Map<string, AbcType>([
  ['a', 'A'],
  ['b', 'B'],
  ['c', 'C'],
]);

const READINESS = new Map<string, Readiness>([
  ['byggeklar', 'byggeklar'],
  ['ready', 'byggeklar'],
  ['må reguleres', 'må reguleres'],
  ['ma reguleres', 'må reguleres'],
  ['maa reguleres', 'må reguleres'],
  ['needs zoning', 'må reguleres'],
  ['må omreguleres', 'må omreguleres'],
  ['ma omreguleres', 'må omreguleres'],
  ['maa omreguleres', 'må omreguleres'],
  ['needs rezoning', 'må omreguleres'],
]);

const HUB_TYPE = new Map<string, HubType>([
  ['tog', 'tog'],
  ['train', 'tog'],
  ['rail', 'tog'],
  ['railway', 'tog'],
  ['jernbane', 'tog'],
  ['buss', 'buss'],
  ['bus', 'buss'],
  ['båt', 'båt'],
  ['baat', 'båt'],
  ['boat', 'båt'],
  ['ferry', 'båt'],
  ['ferge', 'båt'],
  ['ferje', 'båt'],
]);

/** Lower-case, NFC, trimmed, inner whitespace collapsed; numbers become their decimal text. */
function key(value: unknown): string | undefined {
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  if (typeof value !== 'string') return undefined;
  return value.normalize('NFC').trim().replace(/\s+/g, ' ').toLowerCase();
}

/** `undefined` = no value given; `null` = a value was given but not recognised. */
export type Normalised<T> = T | null | undefined;

function lookup<T>(table: ReadonlyMap<string, T>, value: unknown): Normalised<T> {
  if (value === undefined || value === null || value === '') return undefined;
  const k = key(value);
  if (k === '') return undefined;
  return k === undefined ? null : (table.get(k) ?? null);
}

export const normaliseStatus = (v: unknown): Normalised<SiteStatus> => lookup(STATUS, v);
export const normaliseAbc = (v: unknown): Normalised<AbcType> => lookup(ABC, v);
export const normaliseReadiness = (v: unknown): Normalised<Readiness> => lookup(READINESS, v);
export const normaliseHubType = (v: unknown): Normalised<HubType> => lookup(HUB_TYPE, v);

/** Text of a string or number property (trimmed); undefined for anything else or empty text. */
export function textOf(value: unknown): string | undefined {
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  if (typeof value !== 'string') return undefined;
  const text = value.trim();
  return text === '' ? undefined : text;
}
