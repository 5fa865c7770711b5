/**
 * # Reading JSON documents with located errors
 *
 * Defines `parseJsonText`, which parses JSON and turns a syntax error into an `InputError` that
 * names the file, line and column; and small shape checkers (`expectObject`, `expectArray`,
 * `expectPositiveInteger`, `parseRationalMatrix`) used by every file format of symrelu so that all
 * of them report bad input the same way: file, field path, index, what would be accepted.
 */

import { InputError, describe, inexactNumberToken, parseRational } from './parseRational.ts';
import type { Rational } from './rational.ts';
import { jsonSyntaxError, lineAndColumn } from './jsonSyntaxError.ts';
import { exactJsonText } from './exactJsonText.ts';

/**
 * Parses JSON text exactly; `source` names the file in error messages. Number tokens that are
 * not plain safe integers reach the field parsers as written (see `exactJsonText`), and a key
 * repeated within an object is refused.
 */
function parseJsonText(raw: string, source: string): unknown {
  // Editors on some systems start UTF-8 files with a byte-order mark, which JSON.parse rejects.
  const text = raw.startsWith('\uFEFF') ? raw.slice(1) : raw;
  try {
    JSON.parse(text);
  } catch {
    const located = jsonSyntaxError(text);
    const where = located ? lineAndColumn(text, located.offset) : 'an unknown position';
    const problem = located ? `: ${located.problem}` : '';
    throw new InputError(source, `malformed JSON at ${where}${problem}`);
  }
  return JSON.parse(exactJsonText(text, source));
}

/** "1 entry", "3 entries": a count with its noun, for messages. */
function countOf(n: number, singular: string, pluralForm = `${singular}s`): string {
  return `${n} ${n === 1 ? singular : pluralForm}`;
}

function expectObject(value: unknown, where: string): Record<string, unknown> {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    throw new InputError(where, `expected an object, got ${describe(value)}`);
  }
  return value as Record<string, unknown>;
}

/** An optional free-text field (a name, a description): absent, or a string. */
function expectOptionalText(value: unknown, where: string): string | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== 'string' || inexactNumberToken(value) !== null) {
    throw new InputError(where, `expected a string, got ${describe(value)}`);
  }
  return value;
}

function expectArray(value: unknown, where: string): unknown[] {
  if (!Array.isArray(value))
    throw new InputError(where, `expected an array, got ${describe(value)}`);
  return value;
}

function expectPositiveInteger(value: unknown, where: string, max = 64): number {
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < 1 || value > max) {
    throw new InputError(
      where,
      `expected a whole number from 1 to ${max}, got ${typeof value === 'number' ? String(value) : describe(value)}`,
    );
  }
  return value;
}

function parseRationalVector(value: unknown, where: string, length?: number): Rational[] {
  const items = expectArray(value, where);
  if (length !== undefined && items.length !== length) {
    throw new InputError(
      where,
      `expected ${countOf(length, 'entry', 'entries')}, got ${items.length}`,
    );
  }
  return items.map((x, i) => parseRational(x, `${where}[${i}]`));
}

function parseRationalMatrix(
  value: unknown,
  where: string,
  rows?: number,
  cols?: number,
): Rational[][] {
  const items = expectArray(value, where);
  if (rows !== undefined && items.length !== rows) {
    throw new InputError(where, `expected ${countOf(rows, 'row')}, got ${items.length}`);
  }
  let width = cols;
  return items.map((row, i) => {
    const v = parseRationalVector(row, `${where}[${i}]`, width);
    width = v.length;
    return v;
  });
}

export {
  countOf,
  parseJsonText,
  expectOptionalText,
  expectObject,
  expectArray,
  expectPositiveInteger,
  parseRationalVector,
  parseRationalMatrix,
};
