/**
 * # Keeping JSON numbers exact
 *
 * Defines `exactJsonText(text, source)`, a pass over already-valid JSON text that runs before
 * `JSON.parse`, so that no number is rounded behind the user's back:
 *
 * - a number token that is not a plain safe integer (`0.5`, `1e-400`, `1.0000000000000001`,
 *   `9007199254740993`) is replaced by a marked string holding its exact source text, which
 *   `parseRational` and the shape checkers reject with the field path and the token as written
 *   (JSON.parse would have turned `1e-400` into 0 and `1.0000000000000001` into 1, after which
 *   no check on the parsed value can tell);
 * - a key repeated inside one object is refused with its line and column, since `JSON.parse`
 *   keeps the last value silently and a reader of the file sees the first.
 *
 * The pass is a linear scan that only tracks strings and nesting; the text is known to be valid
 * JSON, because `parseJsonText` calls it after `JSON.parse` has accepted the original.
 */

import { INEXACT_NUMBER_MARK, InputError } from './parseRational.ts';

const NUMBER_TOKEN = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;

function lineAndColumnOf(text: string, offset: number): string {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  return `line ${line}, column ${offset - before.lastIndexOf('\n')}`;
}

function isSafeIntegerToken(token: string): boolean {
  return /^-?\d+$/.test(token) && Number.isSafeInteger(Number(token));
}

function stringEnd(text: string, start: number): number {
  let i = start + 1;
  while (text[i] !== '"') i += text[i] === '\\' ? 2 : 1;
  return i + 1;
}

function exactJsonText(text: string, source: string): string {
  const out: string[] = [];
  const objects: ({ keys: Set<string>; expectKey: boolean } | null)[] = [];
  let copied = 0;
  let i = 0;

  while (i < text.length) {
    const c = text[i]!;
    const top = objects[objects.length - 1];
    if (c === '"') {
      const end = stringEnd(text, i);
      if (top && top.expectKey) {
        const key = JSON.parse(text.slice(i, end)) as string;
        if (top.keys.has(key)) {
          throw new InputError(
            source,
            `duplicate key "${key}" at ${lineAndColumnOf(text, i)} (each key may appear once)`,
          );
        }
        top.keys.add(key);
        top.expectKey = false;
      }
      i = end;
    } else if (c === '-' || (c >= '0' && c <= '9')) {
      NUMBER_TOKEN.lastIndex = i;
      const token = NUMBER_TOKEN.exec(text)![0];
      if (!isSafeIntegerToken(token)) {
        out.push(text.slice(copied, i), JSON.stringify(INEXACT_NUMBER_MARK + token));
        copied = i + token.length;
      }
      i += token.length;
    } else {
      if (c === '{') objects.push({ keys: new Set(), expectKey: true });
      else if (c === '[') objects.push(null);
      else if (c === '}' || c === ']') objects.pop();
      else if (c === ',' && top) top.expectKey = true;
      i++;
    }
  }
  out.push(text.slice(copied));
  return out.join('');
}

export { exactJsonText };
