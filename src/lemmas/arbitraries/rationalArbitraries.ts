/**
 * # Arbitraries for exact scalars, vectors and matrices
 *
 * Defines the fast-check generators of `Rational`, `Vector` and `Matrix` that every other
 * arbitrary of symrelu builds on. Small integers dominate (they keep counterexamples readable and
 * properties fast); fractions, the edge values 0 and +-1, and huge numerators and denominators
 * (beyond 2^64, to exercise BigInt paths) appear on purpose. Shrinking goes towards 0 and small
 * integers, because `fc.oneof` shrinks towards its first branch.
 *
 * `invertibleMatrixArbitrary` builds `L U` from unit lower and upper triangular integer factors:
 * the determinant is 1 by construction, so no sample is ever rejected and the inverse stays
 * integral, which keeps conjugated groups (MATH.md section 1: representations need not be
 * orthogonal) small to print.
 */

import fc from 'fast-check';
import { Rational } from '../../scalar/rational.ts';
import { matMul, type Matrix, type Vector } from '../../linalg/matrix.ts';

const HUGE = 2n ** 80n;

/**
 * Rationals with small integers first, then fractions p/q with |p|, q <= 9, then huge values.
 * @example fc.sample(rationalArbitrary(), 3) // e.g. [Rational 2, Rational -1/3, Rational 0]
 * @param options `huge: false` leaves out numerators and denominators beyond 2^64
 */
function rationalArbitrary(options: { huge?: boolean } = {}): fc.Arbitrary<Rational> {
  const small = fc.integer({ min: -3, max: 3 }).map((n) => Rational.of(n));
  const edge = fc.constantFrom(Rational.ZERO, Rational.ONE, Rational.MINUS_ONE);
  const fraction = fc
    .tuple(fc.integer({ min: -9, max: 9 }), fc.integer({ min: 1, max: 9 }))
    .map(([n, d]) => Rational.of(n, d));
  const huge = fc
    .tuple(fc.bigInt({ min: -HUGE, max: HUGE }), fc.bigInt({ min: 1n, max: HUGE }))
    .map(([n, d]) => Rational.of(n, d));
  const branches = [
    { arbitrary: small, weight: 6 },
    { arbitrary: edge, weight: 2 },
    { arbitrary: fraction, weight: 3 },
  ];
  if (options.huge !== false) branches.push({ arbitrary: huge, weight: 1 });
  return fc.oneof(...branches);
}

/** Nonzero rationals, from the same distribution as `rationalArbitrary`. */
function nonzeroRationalArbitrary(options: { huge?: boolean } = {}): fc.Arbitrary<Rational> {
  return rationalArbitrary(options).filter((x) => !x.isZero());
}

/** Strictly positive rationals: the scalings under which relu is homogeneous. */
function positiveRationalArbitrary(options: { huge?: boolean } = {}): fc.Arbitrary<Rational> {
  return nonzeroRationalArbitrary(options).map((x) => x.abs());
}

/** Vectors in Q^d. */
function vectorArbitrary(d: number, options: { huge?: boolean } = {}): fc.Arbitrary<Vector> {
  return fc.array(rationalArbitrary(options), { minLength: d, maxLength: d });
}

/** Nonzero vectors in Q^d. */
function nonzeroVectorArbitrary(d: number, options: { huge?: boolean } = {}): fc.Arbitrary<Vector> {
  return vectorArbitrary(d, options).filter((v) => v.some((x) => !x.isZero()));
}

/** rows x cols matrices. */
function matrixArbitrary(
  rows: number,
  cols: number,
  options: { huge?: boolean } = {},
): fc.Arbitrary<Matrix> {
  return fc.array(vectorArbitrary(cols, options), { minLength: rows, maxLength: rows });
}

/** Invertible d x d integer matrices of determinant 1 (products of unitriangular factors). */
function invertibleMatrixArbitrary(d: number): fc.Arbitrary<Matrix> {
  const entries = fc.array(fc.integer({ min: -2, max: 2 }), {
    minLength: d * d,
    maxLength: d * d,
  });
  return fc.tuple(entries, entries).map(([l, u]) => {
    const lower = Array.from({ length: d }, (_, i) =>
      Array.from({ length: d }, (_, j) =>
        i === j ? Rational.ONE : j < i ? Rational.of(l[i * d + j]!) : Rational.ZERO,
      ),
    );
    const upper = Array.from({ length: d }, (_, i) =>
      Array.from({ length: d }, (_, j) =>
        i === j ? Rational.ONE : j > i ? Rational.of(u[i * d + j]!) : Rational.ZERO,
      ),
    );
    return matMul(lower, upper);
  });
}

export {
  rationalArbitrary,
  nonzeroRationalArbitrary,
  positiveRationalArbitrary,
  vectorArbitrary,
  nonzeroVectorArbitrary,
  matrixArbitrary,
  invertibleMatrixArbitrary,
};
