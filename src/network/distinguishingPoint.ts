/**
 * # A point where a nonzero piecewise-linear function is nonzero
 *
 * Defines `distinguishingPoint(cf)`: for a canonical form `D(x) = W x + sum c_l |<n_l, x>|` that
 * is not identically zero, a rational point x with D(x) != 0. It is the witness behind every
 * "these two functions differ" answer.
 *
 * Argument: if some kink c_l != 0, pick x0 on n_l^perp off every other boundary hyperplane and
 * eps so small that `x0 +- eps n_l` cross no other hyperplane. On that segment D is
 * `affine + |<n_l, x>| c_l`, so `D(x0 + eps n) + D(x0 - eps n) - 2 D(x0) = 2 eps |n|^2 c_l != 0`:
 * one of the three points is a witness. With no kinks D = W x with W != 0, and a basis vector
 * serves. Every candidate is checked by exact evaluation, so the result never rests on the
 * argument alone.
 */

import { Rational } from '../scalar/rational.ts';
import {
  addVectors,
  dot,
  isZeroVector,
  nullspace,
  scaleVector,
  type Vector,
} from '../linalg/matrix.ts';
import { evaluateCanonical, type CanonicalForm } from './canonicalForm.ts';

/** A point of the hyperplane n^perp that lies on none of the `others`' hyperplanes. */
function genericPointOn(n: Vector, others: readonly Vector[], d: number): Rational[] {
  const basis = nullspace([n], d);
  if (basis.length === 0) return Array<Rational>(d).fill(Rational.ZERO);

  // sum_j t^j b_j avoids each other hyperplane for all but finitely many t (a nonzero polynomial
  // in t, as no other normal is parallel to n), so some small t works.
  for (let t = 1; ; t++) {
    let x = Array<Rational>(d).fill(Rational.ZERO);
    let power = Rational.ONE;
    for (const b of basis) {
      x = addVectors(x, scaleVector(b, power));
      power = power.mul(Rational.of(t));
    }
    if (others.every((m) => !dot(m, x).isZero())) return x;
  }
}

function distinguishingPoint(cf: CanonicalForm): Rational[] | null {
  const d = cf.inputDim;
  const nonzero = (x: Vector) => !isZeroVector(evaluateCanonical(cf, x));

  const first = cf.hyperplanes[0];
  if (first) {
    const n = first.normal;
    const others = cf.hyperplanes.slice(1).map((h) => h.normal);
    const x0 = genericPointOn(n, others, d);
    let eps = Rational.ONE;
    for (const m of others) {
      const nm = dot(m, n);
      if (nm.isZero()) continue;
      const bound = dot(m, x0).abs().div(nm.abs()).mul(Rational.HALF);
      if (bound.compare(eps) < 0) eps = bound;
    }
    const candidates = [
      x0,
      addVectors(x0, scaleVector(n, eps)),
      addVectors(x0, scaleVector(n, eps.neg())),
    ];
    const found = candidates.find(nonzero);
    if (found) return found;
    throw new Error('internal: a kink without a distinguishing point');
  }

  for (let j = 0; j < d; j++) {
    const e = Array.from({ length: d }, (_, i) => (i === j ? Rational.ONE : Rational.ZERO));
    if (nonzero(e)) return e;
  }
  return null;
}

export { distinguishingPoint, genericPointOn };
