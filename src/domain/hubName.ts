// Hub names as people read them: without internal register ids, and without repeating the type shown beside them.
import type { Hub } from './types';

/** A register id in brackets, e.g. "(NSR:StopPlace:3247)": Entur's National Stop Register, not part of the name. */
const REGISTER_ID = /\s*\(\s*(NSR:[A-Za-z]+:\d+)\s*\)\s*/;

/** The type word a data file may already have put in the name's brackets. */
const TYPE_WORDS: Record<Hub['type'], readonly string[]> = { tog: ['tog'], buss: ['buss'], båt: ['båt', 'bat'] };

export interface HubDisplayName {
  /** The name to show, e.g. "Asker bussterminal". */
  name: string;
  /** The register id taken out of the name, for the details; null when the name had none. */
  registerId: string | null;
}

/**
 * "Asker bussterminal (NSR:StopPlace:3247)" → { name: "Asker bussterminal", registerId: "NSR:StopPlace:3247" }.
 * A name that is nothing but an id keeps it, so a hub is never nameless.
 */
export function hubDisplayName(name: string): HubDisplayName {
  const m = REGISTER_ID.exec(name);
  if (!m) return { name, registerId: null };
  const rest = (name.slice(0, m.index) + ' ' + name.slice(m.index + m[0].length)).replace(/\s+/g, ' ').trim();
  return rest === '' ? { name, registerId: m[1] as string } : { name: rest, registerId: m[1] as string };
}

/**
 * The display name with the hub's own type word dropped from its brackets, for places that print the type next to it:
 * "Vollen (båt, landsbypunkt)" of type båt → "Vollen (landsbypunkt)"; "Sætre (buss)" → "Sætre".
 */
export function hubNameWithoutType(name: string, type: Hub['type']): string {
  const display = hubDisplayName(name).name;
  const words = TYPE_WORDS[type];
  return display
    .replace(/\(([^()]*)\)/g, (_whole, inner: string) => {
      const kept = inner
        .split(',')
        .map((part) => part.trim())
        .filter((part) => part !== '' && !words.includes(part.toLowerCase()));
      return kept.length > 0 ? `(${kept.join(', ')})` : '';
    })
    .replace(/\s+/g, ' ')
    .trim();
}
