// SOSI text → objects and their elements (dot level, name, value, line), in one pass over the lines without splitting
// the whole text.

/** One `..NAME value` line (with continuation lines appended), e.g. level 2, `AREALFORMÅL`, `1300`. */
export interface SosiElement {
  level: number;
  name: string;
  value: string;
  line: number;
}

/** One `.FLATE 17:` object (or the `.HODE`) with its elements in file order. */
export interface SosiObject {
  kind: string;
  /** The serial number before the colon; null when missing or not a number. */
  serial: number | null;
  line: number;
  elements: SosiElement[];
}

export interface SosiLexed {
  head: SosiObject | null;
  objects: SosiObject[];
  /** Line of `.SLUTT`, or null when the file ends without one (probably truncated). */
  slutt: number | null;
  /** Lines of text found before the first object (not allowed by the format). */
  stray: number[];
}

/** Cuts a `!` comment off a line, leaving `!` inside double quotes alone. */
function stripComment(line: string): string {
  const bang = line.indexOf('!');
  if (bang < 0) return line;
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (c === '"') quoted = !quoted;
    else if (c === '!' && !quoted) return line.slice(0, i);
  }
  return line;
}

/**
 * Splits SOSI text into objects. An element's value runs on over following lines that do not start with
 * a dot (coordinate lists, long ..REF lists). Everything after `.SLUTT` is ignored.
 */
export function lexSosi(text: string): SosiLexed {
  const out: SosiLexed = { head: null, objects: [], slutt: null, stray: [] };
  let current: SosiObject | null = null;
  let last: SosiElement | null = null;
  let lineNo = 0;
  for (let start = 0; start < text.length;) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    lineNo++;
    const line = stripComment(text.slice(start, end)).trim();
    start = end + 1;
    if (line === '') continue;
    if (line.charCodeAt(0) !== 46 /* . */) {
      if (last) last.value = last.value === '' ? line : `${last.value} ${line}`;
      else out.stray.push(lineNo);
      continue;
    }
    let level = 1;
    while (line.charCodeAt(level) === 46) level++;
    const space = line.search(/\s/);
    const name = (space < 0 ? line.slice(level) : line.slice(level, space)).toUpperCase();
    const rest = space < 0 ? '' : line.slice(space + 1).trim();
    if (level === 1) {
      if (name === 'SLUTT') {
        out.slutt = lineNo;
        break;
      }
      const m = /^(-?\d+)\s*:/.exec(rest);
      current = { kind: name, serial: m?.[1] === undefined ? null : Number(m[1]), line: lineNo, elements: [] };
      if (name === 'HODE' && out.head === null) out.head = current;
      else out.objects.push(current);
      last = null;
      continue;
    }
    if (!current) {
      out.stray.push(lineNo);
      continue;
    }
    last = { level, name, value: rest, line: lineNo };
    current.elements.push(last);
  }
  return out;
}

/** A value without its surrounding double quotes: `"Asker sentrum"` → `Asker sentrum`. */
export function unquote(value: string): string {
  return value.length >= 2 && value.startsWith('"') && value.endsWith('"') ? value.slice(1, -1) : value;
}
