/**
 * # Rational matrices over one common denominator
 *
 * Defines `ScaledMatrix`: a rational matrix stored as an integer matrix `num` over one positive
 * denominator `den`, in lowest terms (the gcd of `den` and every entry of `num` is 1). Group
 * closure and order tests multiply thousands of small matrices; doing it on integers with one gcd
 * per product, instead of one gcd per entry operation with `Rational`, is what keeps the closure
 * of B_5 (3840 elements) well under a second.
 */

import { Rational, gcd, lcm } from '../scalar/rational.ts';
import type { Matrix } from '../linalg/matrix.ts';

/** A rational matrix as integers over one positive denominator, in lowest terms. */
interface ScaledMatrix {
  readonly num: bigint[][];
  readonly den: bigint;
}

function toScaled(m: Matrix): ScaledMatrix {
  let den = 1n;
  for (const row of m) for (const x of row) if (x.den !== 1n) den = lcm(den, x.den);
  return { num: m.map((row) => row.map((x) => (x.num * den) / x.den)), den };
}

function fromScaled(s: ScaledMatrix): Rational[][] {
  return s.num.map((row) => row.map((x) => Rational.of(x, s.den)));
}

function scaledIdentity(n: number): ScaledMatrix {
  const num = Array.from({ length: n }, (_, i) =>
    Array.from({ length: n }, (_, j) => (i === j ? 1n : 0n)),
  );
  return { num, den: 1n };
}

function scaledMul(a: ScaledMatrix, b: ScaledMatrix): ScaledMatrix {
  const p = b.num[0]?.length ?? 0;
  const den = a.den * b.den;
  let g = den;

  // Row i of the product is sum_k a[i][k] * (row k of b); group elements are mostly sparse
  // (signed permutations), so skipping zero a[i][k] saves most BigInt products.
  const num = a.num.map((ai) => {
    const row = Array<bigint>(p).fill(0n);
    for (let k = 0; k < ai.length; k++) {
      const aik = ai[k]!;
      if (aik === 0n) continue;
      const bk = b.num[k]!;
      for (let j = 0; j < p; j++) if (bk[j] !== 0n) row[j]! += aik * bk[j]!;
    }
    if (g !== 1n) for (const x of row) if (x !== 0n) g = gcd(g, x);
    return row;
  });
  if (g === 1n) return { num, den };
  return { num: num.map((row) => row.map((x) => x / g)), den: den / g };
}

function scaledIsIdentity(s: ScaledMatrix): boolean {
  return s.num.every((row, i) => row.every((x, j) => x === (i === j ? s.den : 0n)));
}

function scaledKey(s: ScaledMatrix): string {
  return `${s.den}|${s.num.map((r) => r.join(',')).join(';')}`;
}

function scaledTrace(s: ScaledMatrix): Rational {
  let t = 0n;
  for (let i = 0; i < s.num.length; i++) t += s.num[i]![i]!;
  return Rational.of(t, s.den);
}

function scaledPower(s: ScaledMatrix, exponent: bigint): ScaledMatrix {
  let result = scaledIdentity(s.num.length);
  let base = s;
  let e = exponent;
  while (e > 0n) {
    if (e & 1n) result = scaledMul(result, base);
    e >>= 1n;
    if (e > 0n) base = scaledMul(base, base);
  }
  return result;
}

export {
  toScaled,
  fromScaled,
  scaledIdentity,
  scaledMul,
  scaledIsIdentity,
  scaledKey,
  scaledTrace,
  scaledPower,
};
export type { ScaledMatrix };
