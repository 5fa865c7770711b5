/**
 * # A linear remainder modulo a span of directions
 *
 * The width searches of MATH.md section 4 end in the same question: a k x d matrix R (a linear
 * part still to be produced) may be changed by any matrix whose rows lie in span(S) for some
 * directions S (hyperplane normals served twice, or orbit sums served by two channel orbits);
 * the rest must be produced by pairs `relu(<m,x>) u - relu(<-m,x>) u = u <m,x>`, one rank-one
 * term per pair. The least number of pairs is `rank(R modulo span S)`, the rank of the images
 * of R's rows in Q^d / span(S) (a matrix with rows r_i - x_i, x_i in span S, has rank at least
 * that, and projecting along span(S) onto a coordinate complement attains it).
 *
 * `rankModulo` computes that number; `splitModulo` returns the attaining decomposition
 * R = X + sum_i u_i m_i^T with the rows of X in span(S), as the realisations need it.
 */

import { Rational } from '../../scalar/rational.ts';
import {
  rank,
  rref,
  subVectors,
  scaleVector,
  addVectors,
  type Matrix,
  type Vector,
} from '../../linalg/matrix.ts';

/** rank of the rows of R in Q^d / span(S). */
function rankModulo(rows: Matrix, directions: Matrix): number {
  if (directions.length === 0) return rank(rows);
  return rank([...directions, ...rows]) - rank(directions);
}

interface ModuloSplit {
  /** Rows in span(S), one per row of R. */
  readonly inSpan: Rational[][];
  /** Rank-one terms u_i m_i^T with R - X = sum_i u_i m_i^T; as many as rankModulo(R, S). */
  readonly rankOne: { u: Rational[]; m: Rational[] }[];
}

function splitModulo(rows: Matrix, directions: Matrix, d: number): ModuloSplit {
  const basis = directions.length === 0 ? { rref: [], pivots: [] as number[] } : rref(directions);

  // In reduced echelon form each basis row is 1 at its own pivot and 0 at the others, so the
  // span-component of r has coefficient r[pivot] on that row; what is left vanishes on pivots.
  const inSpan = rows.map((r) => {
    let x: Rational[] = Array<Rational>(d).fill(Rational.ZERO);
    basis.pivots.forEach((pc, i) => {
      x = addVectors(x, scaleVector(basis.rref[i]!, r[pc]!));
    });
    return x;
  });
  const rest = rows.map((r, i) => subVectors(r, inSpan[i]!));

  // rest = C * rref(rest), where column i of C is rest's column at the i-th pivot.
  const reduced = rref(rest);
  const rankOne = reduced.pivots.map((pc, i) => ({
    u: rest.map((row) => row[pc]!),
    m: reduced.rref[i]!,
  }));
  return { inSpan, rankOne };
}

function isInSpan(v: Vector, directions: Matrix): boolean {
  return rankModulo([v], directions) === 0;
}

export { rankModulo, splitModulo, isInSpan };
export type { ModuloSplit };
