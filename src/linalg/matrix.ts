/**
 * # Rational vectors and matrices
 *
 * Defines the `Vector` and `Matrix` types (arrays of `Rational`) and the exact operations on them
 * that the rest of symrelu uses: products, transposes, rank, reduced row echelon form, nullspace,
 * linear solve with a certificate of inconsistency, determinant and inverse.
 *
 * Every elimination clears denominators row by row, runs `fractionFreeRref` on BigInt, and only
 * then reduces to rationals (one gcd per output entry). Results obey cheap exact identities that
 * the tests check: `M * N = 0` for a nullspace basis `N`, `M * inverse(M) = I`, `A x = b` for a
 * solution, `y^T A = 0` and `y^T b != 0` for an inconsistency witness `y`.
 */

import { Rational, gcd, lcm } from '../scalar/rational.ts';
import { fractionFreeRref } from './fractionFree.ts';

type Vector = readonly Rational[];
type Matrix = readonly Vector[];

function zeros(rows: number, cols: number): Rational[][] {
  return Array.from({ length: rows }, () => Array<Rational>(cols).fill(Rational.ZERO));
}

function identity(n: number): Rational[][] {
  const m = zeros(n, n);
  for (let i = 0; i < n; i++) m[i]![i] = Rational.ONE;
  return m;
}

function columns(m: Matrix): number {
  return m.length === 0 ? 0 : m[0]!.length;
}

function transpose(m: Matrix, cols = columns(m)): Rational[][] {
  return Array.from({ length: cols }, (_, j) => m.map((row) => row[j]!));
}

function dot(u: Vector, v: Vector): Rational {
  let s = Rational.ZERO;
  for (let i = 0; i < u.length; i++) s = s.add(u[i]!.mul(v[i]!));
  return s;
}

function matVec(m: Matrix, v: Vector): Rational[] {
  return m.map((row) => dot(row, v));
}

function matMul(a: Matrix, b: Matrix): Rational[][] {
  const bt = transpose(b);
  return a.map((row) => bt.map((col) => dot(row, col)));
}

function scaleVector(v: Vector, s: Rational): Rational[] {
  return v.map((x) => x.mul(s));
}

function addVectors(u: Vector, v: Vector): Rational[] {
  return u.map((x, i) => x.add(v[i]!));
}

function subVectors(u: Vector, v: Vector): Rational[] {
  return u.map((x, i) => x.sub(v[i]!));
}

function vectorsEqual(u: Vector, v: Vector): boolean {
  return u.length === v.length && u.every((x, i) => x.equals(v[i]!));
}

function matricesEqual(a: Matrix, b: Matrix): boolean {
  return a.length === b.length && a.every((row, i) => vectorsEqual(row, b[i]!));
}

function isZeroVector(v: Vector): boolean {
  return v.every((x) => x.isZero());
}

/** Row i scaled by the lcm of its denominators: an integer row with the same row space. */
function integerRow(row: Vector): bigint[] {
  const l = denominatorLcm(row);
  return row.map((x) => (x.num * l) / x.den);
}

/** The primitive integer vector on the ray of v (gcd of entries 1); zero stays zero. */
function primitiveIntegerVector(v: Vector): bigint[] {
  const ints = integerRow(v);
  let g = 0n;
  for (const x of ints) g = gcd(g, x);
  return g === 0n ? ints : ints.map((x) => x / g);
}

interface Rref {
  readonly rref: Rational[][];
  readonly pivots: number[];
  readonly rank: number;
}

/** Reduced row echelon form, exact. */
function rref(m: Matrix): Rref {
  const cols = columns(m);
  const ff = fractionFreeRref(m.map(integerRow));
  const out = ff.rows.map((row) => row.map((x) => Rational.of(x, ff.den)));
  return { rref: out.length ? out : zeros(0, cols), pivots: ff.pivots, rank: ff.pivots.length };
}

function rank(m: Matrix): number {
  return fractionFreeRref(m.map(integerRow)).pivots.length;
}

/** A basis of `{x : M x = 0}`, one vector per free column (that column's entry is 1). */
function nullspace(m: Matrix, cols = columns(m)): Rational[][] {
  if (m.length === 0) return identity(cols);
  const ff = fractionFreeRref(m.map(integerRow));
  const pivotSet = new Set(ff.pivots);
  const basis: Rational[][] = [];
  for (let f = 0; f < cols; f++) {
    if (pivotSet.has(f)) continue;
    const x = Array<Rational>(cols).fill(Rational.ZERO);
    x[f] = Rational.ONE;
    ff.pivots.forEach((pc, i) => {
      x[pc] = Rational.of(-ff.rows[i]![f]!, ff.den);
    });
    basis.push(x);
  }
  return basis;
}

type SolveResult =
  | { readonly consistent: true; readonly solution: Rational[]; readonly kernel: Rational[][] }
  | { readonly consistent: false; readonly witness: Rational[] };

/**
 * Solves `A x = b` exactly.
 * @returns a particular solution and a kernel basis, or a witness `y` of inconsistency with
 *   `y^T A = 0` and `y^T b = 1`.
 */
function solve(a: Matrix, b: Vector, cols = columns(a)): SolveResult {
  const augmented = a.map((row, i) => [...row, b[i]!]);
  const ff = fractionFreeRref(augmented.map(integerRow));
  if (ff.pivots.includes(cols)) {
    // Some combination y of the equations reads 0 = nonzero; y spans part of the left kernel.
    const left = nullspace(transpose(a, cols), a.length);
    const y = left.find((v) => !dot(v, b).isZero());
    if (!y) throw new Error('internal: inconsistent system without a left-kernel witness');
    return { consistent: false, witness: scaleVector(y, dot(y, b).inv()) };
  }
  const x = Array<Rational>(cols).fill(Rational.ZERO);
  ff.pivots.forEach((pc, i) => {
    x[pc] = Rational.of(ff.rows[i]![cols]!, ff.den);
  });
  return { consistent: true, solution: x, kernel: nullspace(a, cols) };
}

function determinant(m: Matrix): Rational {
  const n = m.length;
  if (n === 0) return Rational.ONE;
  if (columns(m) !== n) throw new RangeError('determinant of a non-square matrix');

  // Row i was scaled by the lcm of its denominators, so det(M) = det(integer rows) / prod(lcm).
  let scale = 1n;
  for (const row of m) scale *= denominatorLcm(row);
  const ff = fractionFreeRref(m.map(integerRow));
  if (ff.pivots.length < n) return Rational.ZERO;
  return Rational.of(ff.det, scale);
}

function denominatorLcm(row: Vector): bigint {
  let l = 1n;
  for (const x of row) if (x.den !== 1n) l = lcm(l, x.den);
  return l;
}

/** The inverse of a square matrix, or `null` when it is singular. */
function inverse(m: Matrix): Rational[][] | null {
  const n = m.length;
  const id = identity(n);
  const augmented = m.map((row, i) => [...row, ...id[i]!]);
  const ff = fractionFreeRref(augmented.map(integerRow), n);
  if (ff.pivots.length < n) return null;
  return ff.rows.map((row) => row.slice(n).map((x) => Rational.of(x, ff.den)));
}

export {
  zeros,
  identity,
  columns,
  transpose,
  dot,
  matVec,
  matMul,
  scaleVector,
  addVectors,
  subVectors,
  vectorsEqual,
  matricesEqual,
  isZeroVector,
  integerRow,
  primitiveIntegerVector,
  rref,
  rank,
  nullspace,
  solve,
  determinant,
  inverse,
};
export type { Vector, Matrix, Rref, SolveResult };
