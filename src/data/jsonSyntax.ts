// Locates the first JSON syntax error in a text, so messages can give a line and column on every JS engine.

/**
 * What was wrong, as a code (the words are in src/i18n): `end` (the text stops where `expected` was due), `unexpected`
 * (`found` instead of `expected`), `too-deep`, `trailing-comma` (before `close`), `string-unclosed`, `bad-escape`,
 * `control-char`, `empty`, `text-after`.
 */
export type JsonFaultCode =
  | 'end'
  | 'unexpected'
  | 'too-deep'
  | 'trailing-comma'
  | 'string-unclosed'
  | 'bad-escape'
  | 'control-char'
  | 'empty'
  | 'text-after';

/** What a JSON text needed where it failed: a value, a property name in double quotes, a colon, `,` or the close. */
export type JsonExpected = 'value' | 'name' | 'colon' | 'comma-or-close';

/** Where JSON parsing fails, 1-based line/column, and what was wrong there (facts only). */
export interface JsonSyntaxFault {
  offset: number;
  line: number;
  column: number;
  fault: JsonFaultCode;
  expected?: JsonExpected;
  /** The character found (as JSON text) for `unexpected`. */
  found?: string;
  /** The bracket `]` or `}` for `trailing-comma` and `comma-or-close`. */
  close?: string;
}

// JSON.parse messages differ between engines and Node versions (some have no position at all),
// so on the error path we re-scan the text ourselves instead of parsing the engine's message.
class Fault {
  constructor(
    readonly offset: number,
    readonly fault: JsonFaultCode,
    readonly extra: { expected?: JsonExpected; found?: string; close?: string } = {},
  ) {}
}

const MAX_DEPTH = 1000;
const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const ESCAPE = /\\(?:["\\/bfnrt]|u[0-9a-fA-F]{4})/y;

class Scanner {
  pos = 0;
  constructor(readonly text: string) {}

  skipSpace(): void {
    while (this.pos < this.text.length && ' \t\n\r'.includes(this.text[this.pos] as string)) this.pos++;
  }

  unexpected(expected: JsonExpected, close?: string): Fault {
    const extra = close === undefined ? { expected } : { expected, close };
    if (this.pos >= this.text.length) return new Fault(this.pos, 'end', extra);
    return new Fault(this.pos, 'unexpected', { ...extra, found: JSON.stringify(this.text[this.pos]) });
  }

  value(depth: number): void {
    if (depth > MAX_DEPTH) throw new Fault(this.pos, 'too-deep');
    this.skipSpace();
    const c = this.text[this.pos];
    if (c === '{') return this.container(depth, '}', true);
    if (c === '[') return this.container(depth, ']', false);
    if (c === '"') return this.string();
    for (const literal of ['true', 'false', 'null']) {
      if (this.text.startsWith(literal, this.pos)) {
        this.pos += literal.length;
        return;
      }
    }
    NUMBER.lastIndex = this.pos;
    if (NUMBER.test(this.text)) {
      this.pos = NUMBER.lastIndex;
      return;
    }
    throw this.unexpected('value');
  }

  container(depth: number, close: '}' | ']', isObject: boolean): void {
    this.pos++;
    this.skipSpace();
    if (this.text[this.pos] === close) {
      this.pos++;
      return;
    }
    for (;;) {
      if (isObject) {
        this.skipSpace();
        if (this.text[this.pos] !== '"') throw this.unexpected('name');
        this.string();
        this.skipSpace();
        if (this.text[this.pos] !== ':') throw this.unexpected('colon');
        this.pos++;
      }
      this.value(depth + 1);
      this.skipSpace();
      const c = this.text[this.pos];
      if (c === close) {
        this.pos++;
        return;
      }
      if (c !== ',') throw this.unexpected('comma-or-close', close);
      this.pos++;
      if (this.peekAfterSpace() === close) throw new Fault(this.pos - 1, 'trailing-comma', { close });
    }
  }

  peekAfterSpace(): string | undefined {
    const saved = this.pos;
    this.skipSpace();
    const c = this.text[this.pos];
    this.pos = saved;
    return c;
  }

  string(): void {
    const start = this.pos;
    this.pos++;
    for (;;) {
      if (this.pos >= this.text.length) throw new Fault(start, 'string-unclosed');
      const c = this.text.charCodeAt(this.pos);
      if (c === 0x22) {
        this.pos++;
        return;
      }
      if (c === 0x5c) {
        ESCAPE.lastIndex = this.pos;
        if (!ESCAPE.test(this.text)) throw new Fault(this.pos, 'bad-escape');
        this.pos = ESCAPE.lastIndex;
        continue;
      }
      if (c < 0x20) throw new Fault(this.pos, 'control-char');
      this.pos++;
    }
  }
}

/** 1-based line and column (in UTF-16 code units) of an offset. */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text.charCodeAt(i) === 0x0a) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}

/** The first syntax error in `text`, or null when it is valid JSON. */
export function findJsonSyntaxFault(text: string): JsonSyntaxFault | null {
  const scanner = new Scanner(text);
  try {
    scanner.skipSpace();
    if (scanner.pos >= text.length) throw new Fault(scanner.pos, 'empty');
    scanner.value(0);
    scanner.skipSpace();
    if (scanner.pos < text.length) throw new Fault(scanner.pos, 'text-after');
    return null;
  } catch (e) {
    if (!(e instanceof Fault)) throw e;
    return { offset: e.offset, ...lineColumn(text, e.offset), fault: e.fault, ...e.extra };
  }
}
