// SOSI text → objects and their elements (dot level, name, value, line), streamed one object at a time in one pass
// over the lines without splitting the whole text (which may come in pieces).
import { chunksOf, type TextSource } from '../textChunks.ts';

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
 * Streams SOSI text as objects, one at a time, so a reader can turn each into what it keeps (a curve's points, an
 * area's attributes) and let its lines go: the whole list of objects and their element strings never exists at once.
 * The text may come in pieces (decoded bytes, see textChunks.ts), so the whole file need not be one string either; a
 * line cut between two pieces is joined before it is read. An element's value runs on over following lines that do
 * not start with a dot (coordinate lists, long ..REF lists). Everything after `.SLUTT` is ignored. `slutt`, `stray`
 * and `count` are complete once the generator has finished.
 */
export class SosiStream {
  /** Line of `.SLUTT`, or null when the file ends without one (probably truncated). */
  slutt: number | null = null;
  /** Lines of text found before the first object (not allowed by the format). */
  readonly stray: number[] = [];
  /** Objects yielded so far (the first `.HODE` included). */
  count = 0;

  constructor(
    private readonly source: TextSource,
    /** Called with the share of the input read (0–1), once a piece (about a megabyte), rising, ending at 1. */
    private readonly onProgress?: (share: number) => void,
  ) {}

  *objects(): Generator<SosiObject, void, undefined> {
    const { onProgress } = this;
    let current: SosiObject | null = null;
    let last: SosiElement | null = null;
    /** Continuation lines of `last`, joined once when the element is complete. */
    let more: string[] = [];
    let lineNo = 0;
    let reported = 0;
    const report = (share: number): void => {
      if (onProgress && share > reported) {
        reported = share;
        onProgress(share);
      }
    };
    const finishElement = (): void => {
      if (last && more.length > 0) {
        last.value = last.value === '' ? more.join(' ') : `${last.value} ${more.join(' ')}`;
        more = [];
      }
    };
    /** Reads one line; returns the object it completes, if any, or 'end' at .SLUTT. */
    const readLine = (raw: string): SosiObject | 'end' | null => {
      lineNo++;
      const line = stripComment(raw).trim();
      if (line === '') return null;
      if (line.charCodeAt(0) !== 46 /* . */) {
        if (last) more.push(line);
        else this.stray.push(lineNo);
        return null;
      }
      finishElement();
      let level = 1;
      while (line.charCodeAt(level) === 46) level++;
      const space = line.search(/\s/);
      const name = (space < 0 ? line.slice(level) : line.slice(level, space)).toUpperCase();
      const rest = space < 0 ? '' : line.slice(space + 1).trim();
      if (level === 1) {
        const done = current;
        current = null;
        last = null;
        if (name === 'SLUTT') {
          this.slutt = lineNo;
          return done ?? 'end';
        }
        const m = /^(-?\d+)\s*:/.exec(rest);
        current = { kind: name, serial: m?.[1] === undefined ? null : Number(m[1]), line: lineNo, elements: [] };
        this.count++;
        return done;
      }
      if (!current) {
        this.stray.push(lineNo);
        return null;
      }
      last = { level, name, value: rest, line: lineNo };
      current.elements.push(last);
      return null;
    };
    /** The start of a line cut off at the end of the previous piece. */
    let carry = '';
    reading: for (const chunk of chunksOf(this.source)) {
      const text = carry === '' ? chunk.text : carry + chunk.text;
      let start = 0;
      for (let end = text.indexOf('\n'); end >= 0; end = text.indexOf('\n', start)) {
        const done = readLine(text.slice(start, end));
        start = end + 1;
        if (done !== null) {
          if (done !== 'end') yield done;
          if (this.slutt !== null) break reading;
        }
      }
      carry = text.slice(start);
      report(chunk.share);
    }
    if (this.slutt === null && carry !== '') {
      const done = readLine(carry);
      if (done !== null && done !== 'end') yield done;
    }
    finishElement();
    if (current) yield current;
    report(1);
  }
}

/** Splits SOSI text into objects, all at once (the streaming reader uses {@link SosiStream}). */
export function lexSosi(text: string): SosiLexed {
  const stream = new SosiStream(text);
  const out: SosiLexed = { head: null, objects: [], slutt: null, stray: stream.stray };
  for (const o of stream.objects()) {
    if (o.kind === 'HODE' && out.head === null) out.head = o;
    else out.objects.push(o);
  }
  out.slutt = stream.slutt;
  return out;
}

/** A value without its surrounding double quotes: `"Asker sentrum"` → `Asker sentrum`. */
export function unquote(value: string): string {
  return value.length >= 2 && value.startsWith('"') && value.endsWith('"') ? value.slice(1, -1) : value;
}
