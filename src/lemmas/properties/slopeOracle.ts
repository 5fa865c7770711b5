/**
 * # The slope oracle: is F linear across a hyperplane? (from exact evaluation only)
 *
 * Defines `slopesAcross(F, n)`, the independent oracle for Theorem 4.2 (MATH.md section 2). It
 * never looks at the canonical form: it picks a rational point x0 on the hyperplane `n^perp`
 * that lies on no other channel hyperplane `alpha_i^perp` (alpha_i not parallel to n), and an
 * offset eps so small that the segment `x0 +- eps n` crosses none of them. On each half of that
 * segment F is linear, so the one-sided difference quotients
 * `(F(x0 + eps n) - F(x0)) / eps` and `(F(x0) - F(x0 - eps n)) / eps` are the exact one-sided
 * directional derivatives. F is continuous, so the jump of its gradient across `n^perp` is a
 * multiple of n: F fails to be differentiable at x0 iff the two quotients differ.
 *
 * Genericity: on `n^perp` with basis b_1..b_r, the point `sum_j t^(j-1) b_j` meets a given other
 * hyperplane for at most r - 1 values of t, so trying t = 1, 2, ... ends.
 */

import { Rational } from '../../scalar/rational.ts';
import {
  addVectors,
  dot,
  isZeroVector,
  nullspace,
  rank,
  scaleVector,
  subVectors,
  vectorsEqual,
  type Vector,
} from '../../linalg/matrix.ts';
import { evaluate } from '../../network/evaluate.ts';
import type { Network } from '../../network/network.ts';

function isParallel(u: Vector, v: Vector): boolean {
  return rank([u, v]) <= 1;
}

/** A point on `n^perp` off every hyperplane `m^perp` for m in `avoid` (none parallel to n). */
function pointOnHyperplaneAvoiding(n: Vector, avoid: readonly Vector[]): Rational[] {
  const basis = nullspace([n], n.length);
  if (basis.length === 0) return n.map(() => Rational.ZERO);
  for (let t = 1; ; t++) {
    let x: Rational[] = n.map(() => Rational.ZERO);
    let power = Rational.ONE;
    for (const b of basis) {
      x = addVectors(x, scaleVector(b, power));
      power = power.mul(Rational.of(t));
    }
    if (avoid.every((m) => !dot(m, x).isZero())) return x;
  }
}

interface SlopesAcross {
  readonly point: Rational[];
  readonly eps: Rational;
  /** One-sided directional derivatives of F along n, on the +n and -n sides. */
  readonly plus: Rational[];
  readonly minus: Rational[];
  /** Whether F has a kink across n^perp at `point`. */
  readonly kinked: boolean;
}

/** The exact one-sided slopes of F along n at a generic point of `n^perp`. */
function slopesAcross(net: Network, n: Vector): SlopesAcross {
  const others = net.channels
    .map((c) => c.alpha)
    .filter((a) => !isZeroVector(a) && !isParallel(a, n));
  const point = pointOnHyperplaneAvoiding(n, others);
  let eps = Rational.ONE;
  for (const a of others) {
    const an = dot(a, n);
    if (an.isZero()) continue;
    const bound = dot(a, point).abs().div(an.abs()).mul(Rational.HALF);
    if (bound.compare(eps) < 0) eps = bound;
  }
  const at = evaluate(net, point);
  const up = evaluate(net, addVectors(point, scaleVector(n, eps)));
  const down = evaluate(net, subVectors(point, scaleVector(n, eps)));
  const plus = subVectors(up, at).map((x) => x.div(eps));
  const minus = subVectors(at, down).map((x) => x.div(eps));
  return { point, eps, plus, minus, kinked: !vectorsEqual(plus, minus) };
}

export { slopesAcross, pointOnHyperplaneAvoiding, isParallel };
export type { SlopesAcross };
