// The contact line of the investor cards and one-pagers, read from config/contact.json: a real public contact only
// when its source is named, otherwise a clearly marked placeholder (never a made-up address).

export interface Contact {
  organisation: string;
  /** Public ways to reach it, in the order shown; empty for a placeholder. */
  ways: string[];
  /** True only when the file says it is sourced and names the source. */
  sourced: boolean;
  source: string | null;
}

const text = (v: unknown): string | null => (typeof v === 'string' && v.trim() !== '' ? v.trim() : null);

/** A file that is not an object, or lacks a name, becomes a placeholder for "Invest in Asker". */
export function readContact(value: unknown): Contact {
  const o = typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {};
  const organisation = text(o.organisation) ?? 'Invest in Asker';
  const source = text(o.source);
  const sourced = o.sourced === true && source !== null;
  const ways = sourced ? [text(o.email), text(o.phone), text(o.url)].filter((w): w is string => w !== null) : [];
  return { organisation, ways, sourced: sourced && ways.length > 0, source };
}
