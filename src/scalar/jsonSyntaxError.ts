/**
 * # Locating a JSON syntax error
 *
 * Defines `jsonSyntaxError(text)`: the offset of the first character at which `text` stops being
 * valid JSON (RFC 8259), with a short description. Node's `JSON.parse` reports errors in messages
 * that vary between versions and, on Node 20, often carry no position at all and quote several
 * lines of the input; this small scanner runs only after `JSON.parse` has failed, so that every
 * malformed file is reported as one line with its line and column.
 */

interface JsonSyntaxError {
  readonly offset: number;
  readonly problem: string;
}

class Scanner {
  i = 0;
  constructor(readonly text: string) {}

  fail(problem: string): never {
    throw { offset: this.i, problem } satisfies JsonSyntaxError;
  }

  found(): string {
    const c = this.text[this.i];
    return c === undefined ? 'end of input' : `"${c}"`;
  }

  skipSpace(): void {
    while (/[ \t\n\r]/.test(this.text[this.i] ?? '')) this.i++;
  }

  expect(c: string): void {
    if (this.text[this.i] !== c) this.fail(`expected "${c}", found ${this.found()}`);
    this.i++;
  }

  value(): void {
    this.skipSpace();
    const c = this.text[this.i];
    if (c === '{') this.object();
    else if (c === '[') this.array();
    else if (c === '"') this.string();
    else if (c === '-' || (c !== undefined && c >= '0' && c <= '9')) this.number();
    else if (this.text.startsWith('true', this.i)) this.i += 4;
    else if (this.text.startsWith('false', this.i)) this.i += 5;
    else if (this.text.startsWith('null', this.i)) this.i += 4;
    else this.fail(`expected a value, found ${this.found()}`);
  }

  object(): void {
    this.i++;
    this.skipSpace();
    if (this.text[this.i] === '}') {
      this.i++;
      return;
    }
    for (;;) {
      this.skipSpace();
      if (this.text[this.i] !== '"')
        this.fail(`expected a quoted field name, found ${this.found()}`);
      this.string();
      this.skipSpace();
      this.expect(':');
      this.value();
      this.skipSpace();
      if (this.text[this.i] === ',') this.i++;
      else if (this.text[this.i] === '}') {
        this.i++;
        return;
      } else this.fail(`expected "," or "}", found ${this.found()}`);
    }
  }

  array(): void {
    this.i++;
    this.skipSpace();
    if (this.text[this.i] === ']') {
      this.i++;
      return;
    }
    for (;;) {
      this.value();
      this.skipSpace();
      if (this.text[this.i] === ',') this.i++;
      else if (this.text[this.i] === ']') {
        this.i++;
        return;
      } else this.fail(`expected "," or "]", found ${this.found()}`);
    }
  }

  string(): void {
    this.i++;
    for (;;) {
      const c = this.text[this.i];
      if (c === undefined) this.fail('unterminated string');
      if (c === '"') {
        this.i++;
        return;
      }
      if (c < ' ') this.fail('control character in a string');
      if (c === '\\') {
        this.i++;
        const e = this.text[this.i] ?? '';
        if (e === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(this.text.slice(this.i + 1, this.i + 5))) {
            this.fail('bad \\u escape');
          }
          this.i += 4;
        } else if (!'"\\/bfnrt'.includes(e) || e === '') this.fail('bad escape in a string');
      }
      this.i++;
    }
  }

  number(): void {
    const match = /^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/.exec(this.text.slice(this.i));
    if (!match) this.fail(`malformed number`);
    this.i += match[0].length;
  }
}

/** Where `text` first fails to be JSON, or null when it is valid JSON. */
function jsonSyntaxError(text: string): JsonSyntaxError | null {
  const scanner = new Scanner(text);
  try {
    scanner.value();
    scanner.skipSpace();
    if (scanner.i < text.length) scanner.fail(`unexpected ${scanner.found()} after the JSON value`);
    return null;
  } catch (error) {
    return error as JsonSyntaxError;
  }
}

/** "line L, column C" (both from 1) of an offset into `text`. */
function lineAndColumn(text: string, offset: number): string {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  const column = offset - before.lastIndexOf('\n');
  return `line ${line}, column ${column}`;
}

export { jsonSyntaxError, lineAndColumn };
export type { JsonSyntaxError };
