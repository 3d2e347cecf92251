// Locates the first JSON syntax error in a text, so messages can give a line and column on every JS engine.

/** Where JSON parsing fails, 1-based line/column, and what was wrong there. */
export interface JsonSyntaxFault {
  offset: number;
  line: number;
  column: number;
  problem: string;
}

// JSON.parse messages differ between engines and Node versions (some have no position at all),
// so on the error path we re-scan the text ourselves instead of parsing the engine's message.
class Fault {
  constructor(
    readonly offset: number,
    readonly problem: string,
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

  unexpected(expected: string): Fault {
    if (this.pos >= this.text.length)
      return new Fault(this.pos, `unexpected end of input, expected ${expected} (is the file truncated?)`);
    return new Fault(this.pos, `unexpected ${JSON.stringify(this.text[this.pos])}, expected ${expected}`);
  }

  value(depth: number): void {
    if (depth > MAX_DEPTH) throw new Fault(this.pos, 'nested too deeply');
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
    throw this.unexpected('a value');
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
        if (this.text[this.pos] !== '"') throw this.unexpected('a property name in double quotes');
        this.string();
        this.skipSpace();
        if (this.text[this.pos] !== ':') throw this.unexpected("':'");
        this.pos++;
      }
      this.value(depth + 1);
      this.skipSpace();
      const c = this.text[this.pos];
      if (c === close) {
        this.pos++;
        return;
      }
      if (c !== ',') throw this.unexpected(`',' or '${close}'`);
      this.pos++;
      if (this.peekAfterSpace() === close) throw new Fault(this.pos - 1, `trailing comma before '${close}'`);
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
      if (this.pos >= this.text.length) throw new Fault(start, 'string is never closed (is the file truncated?)');
      const c = this.text.charCodeAt(this.pos);
      if (c === 0x22) {
        this.pos++;
        return;
      }
      if (c === 0x5c) {
        ESCAPE.lastIndex = this.pos;
        if (!ESCAPE.test(this.text)) throw new Fault(this.pos, 'invalid escape sequence in string');
        this.pos = ESCAPE.lastIndex;
        continue;
      }
      if (c < 0x20) throw new Fault(this.pos, 'control character (e.g. a raw line break) inside a string');
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
    if (scanner.pos >= text.length) throw new Fault(scanner.pos, 'the file is empty');
    scanner.value(0);
    scanner.skipSpace();
    if (scanner.pos < text.length) throw new Fault(scanner.pos, 'unexpected text after the end of the JSON value');
    return null;
  } catch (e) {
    if (!(e instanceof Fault)) throw e;
    return { offset: e.offset, ...lineColumn(text, e.offset), problem: e.problem };
  }
}
