/**
 * # Orbit types available to a LEN
 *
 * Defines `orbitTypes(G)`: the subgroups H of G that occur as the stabiliser of a nonzero channel
 * vector under the contragredient action `g.alpha = rho_in(g)^{-T} alpha`, each with its orbit
 * size |G|/|H|, a channel vector whose stabiliser is exactly H, the dimensions of the fixed
 * spaces `Fix_H(rho_in^*)` and `Fix_H(rho_out)` (the free parameters of one hidden orbit G/H,
 * MATH.md section 7), and its conjugacy class. These are the hidden orbits G/H a LEN can have
 * under the `any` convention (MATH.md sections 1 and 4); under `regular` only H = 1 is allowed.
 *
 * Approach: `Stab(alpha) ⊇ H` iff alpha lies in `Fix(H) = ∩_{h in H} Fix(h)`. Let the closed
 * subspaces be the intersections of fixed spaces `Fix(g)` (including Q^d, the empty
 * intersection), found by breadth-first search, intersecting each found subspace with each
 * `Fix(g)`. For a closed subspace V != 0 let `H_V = {g : V ⊆ Fix(g)}`. A vector of V off the
 * finitely many proper subspaces `V ∩ Fix(g)`, g not in H_V, has stabiliser exactly H_V; and
 * every stabiliser H = Stab(alpha) is H_V for the closed V = Fix(H). So the occurring
 * stabilisers are exactly the H_V, in bijection with the closed subspaces V != 0.
 * Subspaces are kept as their defining equations in reduced row echelon form (a canonical key).
 * The representative vector is `sum_j t^j b_j` over a basis of V for the first t = 1, 2, ...
 * that leaves every `V ∩ Fix(g)` (each such t-condition is a nonzero polynomial of degree < dim V,
 * so at most (dim V - 1) |G| values of t fail). Conjugates are found as the stabilisers of the
 * orbit of the representative (`Stab(g.alpha) = g Stab(alpha) g^{-1}`), with no group products.
 *
 * Limitation: the cost is (number of closed subspaces) x |G| exact eliminations, fine for the
 * presets up to B_3 (23 types, well under a second) but slow for groups in the thousands; and
 * only stabilisers of channel vectors are listed, not of (channel, output weight) pairs, whose
 * stabiliser is `Stab(alpha) ∩ Stab(beta)` (docs/limitations.md).
 */

import { Rational } from '../../scalar/rational.ts';
import {
  addVectors,
  identity,
  isZeroVector,
  matVec,
  nullspace,
  rref,
  scaleVector,
  subVectors,
  type Matrix,
  type Vector,
} from '../../linalg/matrix.ts';
import { orbit, vectorKey } from '../../group/action.ts';
import { outputMatrix, type MatrixGroup } from '../../group/matrixGroup.ts';

interface OrbitType {
  /** H, as sorted indices into `group.elements`. */
  readonly stabiliser: number[];
  readonly order: number;
  /** |G| / |H|: the size of a hidden orbit G/H. */
  readonly orbitSize: number;
  /** A channel vector whose stabiliser is exactly H. */
  readonly representative: Rational[];
  /** dim Fix_H(rho_in^*): channel vectors fixed by H. */
  readonly channelFixedDim: number;
  /** dim Fix_H(rho_out): output weights fixed by H; null when G acts trivially on outputs. */
  readonly outputFixedDim: number | null;
  /** Index of the conjugacy class of H; types in one class share it (numbered from 0). */
  readonly conjugacyClass: number;
}

function equationsKey(rows: Matrix): string {
  return rows.map((r) => vectorKey(r)).join(';');
}

function canonicalEquations(rows: Matrix, d: number): Rational[][] {
  if (rows.length === 0) return [];
  const r = rref(rows);
  return r.rref.slice(0, r.rank).map((row) => row.slice(0, d));
}

function minusIdentity(m: Matrix): Rational[][] {
  const id = identity(m.length);
  return m.map((row, i) => subVectors(row, id[i]!));
}

function stabiliserOf(group: MatrixGroup, basis: readonly Vector[]): number[] {
  return group.elements.flatMap((g, e) =>
    basis.every((b) => vectorsFixed(g.contragredient, b)) ? [e] : [],
  );
}

function vectorsFixed(m: Matrix, v: Vector): boolean {
  return isZeroVector(subVectors(matVec(m, v), v));
}

function genericVector(group: MatrixGroup, basis: readonly Vector[], target: number[]): Rational[] {
  const limit = (basis.length - 1) * group.elements.length + 1;
  for (let t = 1; t <= limit; t++) {
    let x = Array<Rational>(group.inputDim).fill(Rational.ZERO);
    let power = Rational.ONE;
    for (const b of basis) {
      x = addVectors(x, scaleVector(b, power));
      power = power.mul(Rational.of(t));
    }
    if (orbit(group, x, 'contragredient').stabiliser.join(',') === target.join(',')) return x;
  }
  throw new Error('internal: no vector with the expected stabiliser');
}

function outputFixedDimension(group: MatrixGroup, stabiliser: readonly number[]): number | null {
  const k = group.outputDim;
  if (k === null) return null;
  const rows = stabiliser.flatMap((e) => minusIdentity(outputMatrix(group.elements[e]!, k)));
  return nullspace(rows, k).length;
}

/**
 * The stabiliser subgroups of nonzero channel vectors, with orbit sizes and representatives.
 * @example orbitTypes(presetGroup('klein4')).map((t) => t.orbitSize) // [4, 2, 2]
 * @param group G acting on Q^d (and possibly on outputs)
 * @returns one entry per occurring stabiliser, largest orbit first
 */
function orbitTypes(group: MatrixGroup): OrbitType[] {
  const d = group.inputDim;
  const fixedEquations = group.elements.map((g) =>
    canonicalEquations(minusIdentity(g.contragredient), d),
  );
  const seen = new Map<string, Rational[][]>([['', []]]);
  const queue: Rational[][][] = [[]];
  for (let head = 0; head < queue.length; head++) {
    const eq = queue[head]!;
    for (const fix of fixedEquations) {
      const next = canonicalEquations([...eq, ...fix], d);
      const key = equationsKey(next);
      if (seen.has(key) || next.length === d) continue;
      seen.set(key, next);
      queue.push(next);
    }
  }

  const types = queue.map((eq) => {
    const basis = nullspace(eq, d);
    const stabiliser = stabiliserOf(group, basis);
    return { stabiliser, basis };
  });
  const classOf = new Map<string, number>();
  let classes = 0;
  const result: OrbitType[] = types.map(({ stabiliser, basis }) => {
    const representative = genericVector(group, basis, stabiliser);
    const key = stabiliser.join(',');
    if (!classOf.has(key)) {
      const o = orbit(group, representative, 'contragredient');
      for (const p of o.points)
        classOf.set(orbit(group, p, 'contragredient').stabiliser.join(','), classes);
      classes++;
    }
    return {
      stabiliser,
      order: stabiliser.length,
      orbitSize: group.elements.length / stabiliser.length,
      representative,
      channelFixedDim: basis.length,
      outputFixedDim: outputFixedDimension(group, stabiliser),
      conjugacyClass: classOf.get(key)!,
    };
  });
  result.sort((a, b) => b.orbitSize - a.orbitSize || a.conjugacyClass - b.conjugacyClass);

  // Number the classes in the order they are listed.
  const renumber = new Map<number, number>();
  return result.map((t) => {
    if (!renumber.has(t.conjugacyClass)) renumber.set(t.conjugacyClass, renumber.size);
    return { ...t, conjugacyClass: renumber.get(t.conjugacyClass)! };
  });
}

export { orbitTypes };
export type { OrbitType };
