/**
 * # Reading rationals from user input
 *
 * Defines `parseRational`, which turns a JSON value or a command-line word into a `Rational`
 * exactly, and `InputError`, the typed error every parser of symrelu throws for bad input. The
 * CLI turns an `InputError` into one line on stderr and exit code 2.
 *
 * Accepted: JSON safe integers (`3`, `-7`); strings holding an integer (`"-7"`), a fraction
 * (`"3/4"`, `"-1/2"`), or a decimal in plain or scientific notation (`"0.125"`, `"1e-3"`).
 * Decimal strings are read through big.js's digit array and exponent, never through a float, so
 * `"0.1"` is exactly 1/10. A JSON number that is not a safe integer (`0.5`, `1e300`) is refused,
 * because its value was already rounded by the JSON parser: the message asks to quote it.
 */

import Big from 'big.js';
import { Rational } from './rational.ts';

/** Bad user input: `where` names the file, field and position; `message` says what is wrong. */
class InputError extends Error {
  override name = 'InputError';
  readonly where: string;
  readonly problem: string;

  constructor(where: string, problem: string) {
    super(where ? `${where}: ${problem}` : problem);
    this.where = where;
    this.problem = problem;
  }
}

const INTEGER = /^[+-]?\d+$/;
const FRACTION = /^([+-]?\d+)\s*\/\s*([+-]?\d+)$/;
const DECIMAL = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;

/** Largest decimal exponent accepted, so `"1e999999999"` cannot exhaust memory. */
const MAX_DECIMAL_EXPONENT = 10_000n;

function parseDecimal(text: string, where: string): Rational {
  const body = text.replace(/^\+/, '');
  const exponentPart = /[eE]([+-]?\d+)$/.exec(body);
  const exponent = exponentPart ? BigInt(exponentPart[1]!) : 0n;
  if (exponent > MAX_DECIMAL_EXPONENT || exponent < -MAX_DECIMAL_EXPONENT) {
    throw new InputError(where, `exponent of "${text}" is out of range (at most ±10000)`);
  }
  let big: Big;
  try {
    big = new Big(body);
  } catch {
    throw new InputError(where, `"${text}" is not a number`);
  }

  // big.js stores value = sign * 0.d1 d2 ... dn * 10^(e+1): read those integers, not a float.
  const digits = BigInt(big.c.join(''));
  const shift = big.e - (big.c.length - 1);
  const signed = big.s < 0 ? -digits : digits;
  return shift >= 0
    ? Rational.of(signed * 10n ** BigInt(shift))
    : Rational.of(signed, 10n ** BigInt(-shift));
}

/**
 * The exact rational denoted by a JSON value or a command-line word.
 * @example parseRational('3/4', 'net.json: channels[0].alpha[1]').toString() === '3/4'
 * @param value a JSON number (safe integer) or a string
 * @param where file, field and position, used in the error message
 * @throws InputError for anything that is not an exact rational
 */
function parseRational(value: unknown, where: string): Rational {
  const token = inexactNumberToken(value);
  if (token !== null) {
    throw new InputError(
      where,
      `JSON number ${token} is not a safe integer; quote it as a ` +
        `string ("${token}") so it is read exactly`,
    );
  }
  if (typeof value === 'number') {
    if (Number.isSafeInteger(value)) return Rational.of(value);
    throw new InputError(
      where,
      `JSON number ${String(value)} is not a safe integer; quote it as a string ` +
        `(e.g. "${Number.isFinite(value) ? String(value) : '1/2'}") so it is read exactly`,
    );
  }
  if (typeof value === 'bigint') return Rational.of(value);
  if (typeof value !== 'string') {
    throw new InputError(where, `expected a number or a string like "3/4", got ${describe(value)}`);
  }

  const text = value.trim();
  if (INTEGER.test(text)) return Rational.of(BigInt(text));
  const fraction = FRACTION.exec(text);
  if (fraction) {
    const den = BigInt(fraction[2]!);
    if (den === 0n) throw new InputError(where, `zero denominator in "${text}"`);
    return Rational.of(BigInt(fraction[1]!), den);
  }
  if (DECIMAL.test(text)) return parseDecimal(text, where);
  throw new InputError(
    where,
    `"${value}" is not an exact number (use an integer, "p/q", or a decimal like "0.125")`,
  );
}

/**
 * Prefix of the string that `exactJsonText` puts in place of a JSON number token that is not a
 * plain safe integer, so that the token reaches the field's parser as written, not rounded.
 */
const INEXACT_NUMBER_MARK = '\u0000json-number:';

/** The source text of an inexact JSON number, if `value` is the mark standing for one. */
function inexactNumberToken(value: unknown): string | null {
  return typeof value === 'string' && value.startsWith(INEXACT_NUMBER_MARK)
    ? value.slice(INEXACT_NUMBER_MARK.length)
    : null;
}

function describe(value: unknown): string {
  const token = inexactNumberToken(value);
  if (token !== null) return `the JSON number ${token}`;
  if (value === undefined) return 'nothing (the field is missing)';
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  return typeof value === 'object' ? 'an object' : typeof value;
}

export { InputError, parseRational, describe, inexactNumberToken, INEXACT_NUMBER_MARK };
