/**
 * # Exact rational numbers
 *
 * Defines `Rational`, the only scalar type of symrelu: a BigInt numerator over a positive BigInt
 * denominator, always in lowest terms. Every decision the project makes (is this kink zero, are
 * these two functions equal, is this matrix invertible) is taken on these values, never on
 * floating-point numbers (MATH.md, "Everything is exact").
 *
 * Main facts: `Rational.of(n, d)` normalises (gcd, positive denominator) and throws on a zero
 * denominator; two rationals are equal iff their numerators and denominators are equal.
 *
 * Implementation note: the bulk linear algebra does not run on `Rational` but on fraction-free
 * BigInt rows (`linalg/fractionFree.ts`), because a gcd per operation is ~100x slower there.
 * This class
 * serves the places where values are few: parsing, canonical forms, printing.
 */

function gcd(a: bigint, b: bigint): bigint {
  if (a < 0n) a = -a;
  if (b < 0n) b = -b;
  while (b !== 0n) {
    const t = a % b;
    a = b;
    b = t;
  }
  return a;
}

function lcm(a: bigint, b: bigint): bigint {
  if (a === 0n || b === 0n) return 0n;
  const g = gcd(a, b);
  const l = (a / g) * b;
  return l < 0n ? -l : l;
}

class ZeroDenominatorError extends Error {
  override name = 'ZeroDenominatorError';
}

class Rational {
  /** Numerator; carries the sign. */
  readonly num: bigint;
  /** Denominator; always positive, coprime to `num`. */
  readonly den: bigint;

  private constructor(num: bigint, den: bigint) {
    this.num = num;
    this.den = den;
  }

  static readonly ZERO = new Rational(0n, 1n);
  static readonly ONE = new Rational(1n, 1n);
  static readonly MINUS_ONE = new Rational(-1n, 1n);
  static readonly HALF = new Rational(1n, 2n);

  /**
   * The rational n/d in lowest terms.
   * @example Rational.of(6n, -4n).toString() === '-3/2'
   * @param n numerator (a `number` must be a safe integer)
   * @param d denominator, nonzero; defaults to 1
   */
  static of(n: bigint | number, d: bigint | number = 1n): Rational {
    const nn = toBigInt(n);
    const dd = toBigInt(d);
    if (dd === 0n) throw new ZeroDenominatorError('zero denominator');
    if (dd === 1n) return nn === 0n ? Rational.ZERO : new Rational(nn, 1n);
    const g = gcd(nn, dd);
    const sign = dd < 0n ? -1n : 1n;
    return new Rational((sign * nn) / g, (sign * dd) / g);
  }

  /** Trusts the caller that `num/den` is already in lowest terms with `den > 0`. */
  static unsafeNormalised(num: bigint, den: bigint): Rational {
    return new Rational(num, den);
  }

  add(o: Rational): Rational {
    if (this.den === 1n && o.den === 1n) return new Rational(this.num + o.num, 1n);
    return Rational.of(this.num * o.den + o.num * this.den, this.den * o.den);
  }

  sub(o: Rational): Rational {
    if (this.den === 1n && o.den === 1n) return new Rational(this.num - o.num, 1n);
    return Rational.of(this.num * o.den - o.num * this.den, this.den * o.den);
  }

  mul(o: Rational): Rational {
    if (this.den === 1n && o.den === 1n) return new Rational(this.num * o.num, 1n);
    return Rational.of(this.num * o.num, this.den * o.den);
  }

  div(o: Rational): Rational {
    if (o.num === 0n) throw new ZeroDenominatorError('division by zero');
    return Rational.of(this.num * o.den, this.den * o.num);
  }

  neg(): Rational {
    return new Rational(-this.num, this.den);
  }

  abs(): Rational {
    return this.num < 0n ? this.neg() : this;
  }

  inv(): Rational {
    return Rational.ONE.div(this);
  }

  sign(): -1 | 0 | 1 {
    return this.num > 0n ? 1 : this.num < 0n ? -1 : 0;
  }

  isZero(): boolean {
    return this.num === 0n;
  }

  isInteger(): boolean {
    return this.den === 1n;
  }

  equals(o: Rational): boolean {
    return this.num === o.num && this.den === o.den;
  }

  /** -1, 0 or 1 as this is less than, equal to or greater than `o`. */
  compare(o: Rational): -1 | 0 | 1 {
    const l = this.num * o.den;
    const r = o.num * this.den;
    return l < r ? -1 : l > r ? 1 : 0;
  }

  /** `"n"` for an integer, `"p/q"` otherwise: the project's exchange format for scalars. */
  toString(): string {
    return this.den === 1n ? this.num.toString() : `${this.num}/${this.den}`;
  }

  toJSON(): string {
    return this.toString();
  }

  /** A float approximation, for pictures and `≈` displays only; never for a decision. */
  approximate(): number {
    const scale = 10n ** 17n;
    const q = (this.num * scale) / this.den;
    return Number(q) / 1e17;
  }
}

function toBigInt(x: bigint | number): bigint {
  if (typeof x === 'bigint') return x;
  if (!Number.isSafeInteger(x)) throw new RangeError(`not a safe integer: ${x}`);
  return BigInt(x);
}

/** Shorthand for `Rational.of`, for tests and examples. */
function q(n: bigint | number, d: bigint | number = 1n): Rational {
  return Rational.of(n, d);
}

export { Rational, ZeroDenominatorError, gcd, lcm, q };
