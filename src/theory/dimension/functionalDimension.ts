/**
 * # Functional dimension of a LEN architecture
 *
 * Defines `functionalDimension(group, orbits, outputDim)`: the generic rank of the Jacobian of
 * the map from the free parameters of a LEN with hidden orbits G/H_j (see
 * `parameterDimension.ts`) to the function it computes (MATH.md section 7). A GN of width m is
 * the case of the trivial group with m orbits.
 *
 * Both halves are witnessed, so the answer is exact when they meet and an interval otherwise:
 * - lower: the exact rank of the Jacobian of `theta -> (F_theta(x_1), ..., F_theta(x_N))` at one
 *   rational parameter point theta and N rational sample points, none on a kink of F_theta. That
 *   map factors through the function, and rank only drops on a closed set, so the generic rank
 *   is at least this. The point and samples are returned as the witness.
 * - upper: each hidden orbit can be rescaled, `(u_j, v_j) -> (t u_j, v_j / t)` for t > 0,
 *   without changing the function, so at every theta the direction `(u_j, -v_j)` lies in the
 *   kernel; these directions are independent for nonzero orbits. Hence the generic rank is at
 *   most `parameters - (number of orbits)`, and an orbit whose channel vector or output weight
 *   space is zero contributes nothing at all.
 *
 * Parameters and sample points come from a fixed-seed linear congruential generator, so the
 * result is reproducible; up to three parameter points are tried before settling for an
 * interval. Example 5.1: GN width 3 has 9 parameters and functional dimension 6; the LEN with a
 * free orbit and an orbit with stabiliser {I, -P} has 5 and 3.
 */

import { Rational } from '../../scalar/rational.ts';
import { dot, identity, matVec, nullspace, rank, type Matrix } from '../../linalg/matrix.ts';
import type { MatrixGroup } from '../../group/matrixGroup.ts';
import { elementIndex } from '../../group/elementIndex.ts';
import { assertSubgroup } from './parameterDimension.ts';

interface FunctionalDimension {
  readonly parameters: number;
  /** Exact when `lower === upper`. */
  readonly exact: boolean;
  readonly lower: number;
  readonly upper: number;
  /** Where the rank `lower` was attained. */
  readonly witness: { readonly parameters: Rational[]; readonly points: Rational[][] };
}

/** One hidden orbit: a basis of its free channel vectors and output weights, and its cosets. */
interface OrbitShape {
  readonly alphaBasis: Rational[][];
  readonly betaBasis: Rational[][];
  /** One representative element index per coset gH. */
  readonly cosets: number[];
}

function fixedBasis(mats: readonly Matrix[], n: number): Rational[][] {
  const rows = mats.flatMap((m) =>
    m.map((row, i) => row.map((x, j) => (i === j ? x.sub(Rational.ONE) : x))),
  );
  return rows.length === 0 ? identity(n) : nullspace(rows, n);
}

function orbitShape(group: MatrixGroup, subgroup: readonly number[], k: number): OrbitShape {
  const h = [...new Set(subgroup)];
  const elements = group.elements;
  const alphaBasis = fixedBasis(
    h.map((i) => elements[i]!.contragredient),
    group.inputDim,
  );
  const betaBasis = fixedBasis(
    h.map((i) => elements[i]!.output ?? identity(k)),
    k,
  );
  const index = elementIndex(group);
  const covered = new Set<number>();
  const cosets: number[] = [];
  elements.forEach((_, g) => {
    if (covered.has(g)) return;
    cosets.push(g);
    for (const x of h) covered.add(index.product(g, x));
  });
  return { alphaBasis, betaBasis, cosets };
}

/** A reproducible stream of small nonzero integers (linear congruential, 31 bits). */
function integerStream(seed: number): (bound: number) => Rational {
  let state = BigInt(seed) & 0x7fffffffn;
  return (bound) => {
    state = (state * 1103515245n + 12345n) & 0x7fffffffn;
    const span = BigInt(2 * bound);
    const v = (state >> 8n) % span;
    return Rational.of(v < BigInt(bound) ? v - BigInt(bound) : v - BigInt(bound) + 1n);
  };
}

function combine(basis: readonly Rational[][], coeffs: readonly Rational[], n: number): Rational[] {
  const out = Array<Rational>(n).fill(Rational.ZERO);
  basis.forEach((b, t) => b.forEach((x, i) => (out[i] = out[i]!.add(x.mul(coeffs[t]!)))));
  return out;
}

/** The channel vectors of every hidden unit at theta. */
function unitChannels(
  group: MatrixGroup,
  shapes: readonly OrbitShape[],
  theta: readonly Rational[],
): Rational[][] {
  const out: Rational[][] = [];
  let offset = 0;
  for (const s of shapes) {
    const p = s.alphaBasis.length;
    const a = combine(s.alphaBasis, theta.slice(offset, offset + p), group.inputDim);
    offset += p + s.betaBasis.length;
    for (const gi of s.cosets) out.push(matVec(group.elements[gi]!.contragredient, a));
  }
  return out;
}

/**
 * Jacobian rows of the sample map at theta, or null when a sample point lies on a kink.
 * Parameters are ordered orbit by orbit: alpha coefficients u_j, then beta coefficients v_j.
 */
function jacobianRows(
  group: MatrixGroup,
  shapes: readonly OrbitShape[],
  theta: readonly Rational[],
  points: readonly Rational[][],
  k: number,
): Rational[][] | null {
  const d = group.inputDim;
  const rows: Rational[][] = [];
  for (const x of points) {
    const block = Array.from({ length: k }, () => [] as Rational[]);
    let offset = 0;
    for (const s of shapes) {
      const p = s.alphaBasis.length;
      const q = s.betaBasis.length;
      const u = theta.slice(offset, offset + p);
      const v = theta.slice(offset + p, offset + p + q);
      offset += p + q;
      const a = combine(s.alphaBasis, u, d);
      const b = combine(s.betaBasis, v, k);
      const du = Array.from({ length: k }, () => Array<Rational>(p).fill(Rational.ZERO));
      const dv = Array.from({ length: k }, () => Array<Rational>(q).fill(Rational.ZERO));
      for (const gi of s.cosets) {
        const g = group.elements[gi]!;
        const out = g.output ?? identity(k);
        const t = dot(matVec(g.contragredient, a), x);
        if (t.isZero() && p > 0 && q > 0) return null;
        if (t.sign() <= 0) continue;

        // d/dv: rho_out(g) B relu(t); d/du: rho_out(g) b [t > 0] <g.A_col, x>.
        const gb = matVec(out, b);
        const slopes = s.alphaBasis.map((col) => dot(matVec(g.contragredient, col), x));
        for (let r = 0; r < k; r++) {
          for (let c = 0; c < q; c++) {
            dv[r]![c] = dv[r]![c]!.add(matVec(out, s.betaBasis[c]!)[r]!.mul(t));
          }
          for (let c = 0; c < p; c++) du[r]![c] = du[r]![c]!.add(gb[r]!.mul(slopes[c]!));
        }
      }
      for (let r = 0; r < k; r++) block[r]!.push(...du[r]!, ...dv[r]!);
    }
    rows.push(...block);
  }
  return rows;
}

/**
 * The functional dimension of a LEN architecture, with a witness of the lower bound.
 * @example functionalDimension(trivialGroup2, [[0], [0], [0]], 1).lower === 6
 * @param group G acting on Q^d (and Q^k)
 * @param orbits one subgroup H_j per hidden orbit, as element indices
 * @param outputDim k
 * @param options `seed` of the parameter and point generator (default 1)
 * @throws InputError when some H_j is not a subgroup
 */
function functionalDimension(
  group: MatrixGroup,
  orbits: readonly (readonly number[])[],
  outputDim: number,
  options: { seed?: number } = {},
): FunctionalDimension {
  orbits.forEach((h, j) => assertSubgroup(group, h, `orbits[${j}]`));
  const k = outputDim;
  const d = group.inputDim;
  const shapes = orbits.map((h) => orbitShape(group, h, k));
  const parameters = shapes.reduce((s, o) => s + o.alphaBasis.length + o.betaBasis.length, 0);
  const upper = shapes.reduce((s, o) => {
    const p = o.alphaBasis.length;
    const q = o.betaBasis.length;
    return s + (p > 0 && q > 0 ? p + q - 1 : 0);
  }, 0);

  let best = { lower: -1, parameters: [] as Rational[], points: [] as Rational[][] };
  const seed = options.seed ?? 1;
  for (let attempt = 0; attempt < 3 && best.lower < upper; attempt++) {
    const next = integerStream(seed + 7919 * attempt);
    const theta = Array.from({ length: parameters }, () => next(1000));
    const needed = Math.max(1, 2 * upper + 4);
    const points: Rational[][] = [];
    let rows: Rational[][] = [];
    const tryPoint = (x: Rational[]) => {
      const r = jacobianRows(group, shapes, theta, [x], k);
      if (r === null) return;
      points.push(x);
      rows = rows.concat(r);
    };

    // Narrow linear regions are easy to miss at random: also sample just beside every kink.
    const small = Rational.of(1, 10_000);
    for (const alpha of unitChannels(group, shapes, theta)) {
      const norm = dot(alpha, alpha);
      if (norm.isZero()) continue;
      for (let j = 0; j < 2; j++) {
        const z = Array.from({ length: d }, () => next(1000));
        const onKink = z.map((zi, i) => zi.sub(alpha[i]!.mul(dot(alpha, z).div(norm))));
        tryPoint(onKink.map((x, i) => x.add(alpha[i]!.mul(small))));
        tryPoint(onKink.map((x, i) => x.sub(alpha[i]!.mul(small))));
      }
    }
    for (let tries = 0; points.length < needed && tries < 50 * needed; tries++) {
      tryPoint(Array.from({ length: d }, () => next(1000)));
    }
    const r = rows.length === 0 ? 0 : rank(rows);
    if (r > best.lower) best = { lower: r, parameters: theta, points };
  }
  return {
    parameters,
    exact: best.lower === upper,
    lower: best.lower,
    upper,
    witness: { parameters: best.parameters, points: best.points },
  };
}

export { functionalDimension };
export type { FunctionalDimension };
