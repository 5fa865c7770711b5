/**
 * # Actions of a matrix group on vectors and hyperplanes
 *
 * Defines the two actions symrelu needs (MATH.md sections 1 and 3): the linear action
 * `g.v = rho_in(g) v` on inputs, and the contragredient action `g.alpha = rho_in(g)^{-T} alpha`
 * on channel vectors and hyperplane normals; and, for each, orbits and stabilisers. Hyperplanes
 * are unoriented, so their orbits are taken on normals up to sign (`lineKey`); channel vectors are
 * oriented, so theirs are taken on the vectors themselves.
 *
 * The two actions differ when `rho_in` is not orthogonal (e.g. C_3 by `[[0,-1],[1,-1]]`): using
 * one where the other belongs is the classic transposition bug the tests guard against.
 */

import { Rational } from '../scalar/rational.ts';
import { matVec, primitiveIntegerVector, type Vector } from '../linalg/matrix.ts';
import type { GroupElement, MatrixGroup } from './matrixGroup.ts';

type Action = 'linear' | 'contragredient';

function act(g: GroupElement, v: Vector, action: Action): Rational[] {
  return matVec(action === 'linear' ? g.input : g.contragredient, v);
}

function vectorKey(v: Vector): string {
  return v.map((x) => x.toString()).join(',');
}

/** The primitive integer normal of the line through v, first nonzero entry positive. */
function lineNormal(v: Vector): Rational[] {
  const p = primitiveIntegerVector(v);
  const first = p.find((x) => x !== 0n) ?? 0n;
  return p.map((x) => Rational.of(first < 0n ? -x : x));
}

/** A key identifying the line (equivalently, the hyperplane orthogonal to it) through v. */
function lineKey(v: Vector): string {
  return vectorKey(lineNormal(v));
}

interface Orbit {
  /** Distinct images, in order of first appearance; the first is the given vector. */
  readonly points: Rational[][];
  /** Indices into `group.elements` of the elements fixing the given vector (or line). */
  readonly stabiliser: number[];
}

/** Orbit and stabiliser of an oriented vector under the chosen action. */
function orbit(group: MatrixGroup, v: Vector, action: Action): Orbit {
  const seen = new Set<string>();
  const points: Rational[][] = [];
  const stabiliser: number[] = [];
  const key = vectorKey(v);
  group.elements.forEach((g, i) => {
    const image = act(g, v, action);
    const k = vectorKey(image);
    if (k === key) stabiliser.push(i);
    if (!seen.has(k)) {
      seen.add(k);
      points.push(image);
    }
  });
  return { points, stabiliser };
}

/**
 * Orbit and stabiliser of the line through v (an unoriented hyperplane normal), under the chosen
 * action; points are given as primitive normals.
 */
function lineOrbit(group: MatrixGroup, v: Vector, action: Action): Orbit {
  const seen = new Set<string>();
  const points: Rational[][] = [];
  const stabiliser: number[] = [];
  const key = lineKey(v);
  group.elements.forEach((g, i) => {
    const image = lineNormal(act(g, v, action));
    const k = vectorKey(image);
    if (k === key) stabiliser.push(i);
    if (!seen.has(k)) {
      seen.add(k);
      points.push(image);
    }
  });
  return { points, stabiliser };
}

export { act, orbit, lineOrbit, lineNormal, lineKey, vectorKey };
export type { Action, Orbit };
