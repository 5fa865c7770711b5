import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { Rational, q } from '../../src/scalar/rational.ts';
import {
  determinant,
  dot,
  identity,
  inverse,
  isZeroVector,
  matMul,
  matVec,
  matricesEqual,
  nullspace,
  primitiveIntegerVector,
  rank,
  rref,
  solve,
  transpose,
  vectorsEqual,
  zeros,
  type Matrix,
} from '../../src/linalg/matrix.ts';
import { fractionFreeRref } from '../../src/linalg/fractionFree.ts';

const M = (rows: (number | string)[][]): Rational[][] =>
  rows.map((r) =>
    r.map((x) => {
      if (typeof x === 'number') return q(x);
      const [n, d] = x.split('/');
      return q(Number(n), Number(d ?? 1));
    }),
  );
const show = (m: Matrix) => m.map((r) => r.map(String));

/** Cofactor expansion: a slow, obviously correct determinant to check against. */
function cofactorDeterminant(m: Matrix): Rational {
  if (m.length === 0) return Rational.ONE;
  let s = Rational.ZERO;
  m[0]!.forEach((a, j) => {
    const minor = m.slice(1).map((row) => row.filter((_, c) => c !== j));
    const term = a.mul(cofactorDeterminant(minor));
    s = j % 2 === 0 ? s.add(term) : s.sub(term);
  });
  return s;
}

const smallRational = fc
  .tuple(fc.integer({ min: -6, max: 6 }), fc.integer({ min: 1, max: 4 }))
  .map(([n, d]) => q(n, d));
const matrixArb = (maxRows: number, maxCols: number) =>
  fc
    .tuple(fc.integer({ min: 1, max: maxRows }), fc.integer({ min: 1, max: maxCols }))
    .chain(([r, c]) =>
      fc.array(fc.array(smallRational, { minLength: c, maxLength: c }), {
        minLength: r,
        maxLength: r,
      }),
    );
const squareArb = (maxN: number) =>
  fc.integer({ min: 1, max: maxN }).chain((n) =>
    fc.array(fc.array(smallRational, { minLength: n, maxLength: n }), {
      minLength: n,
      maxLength: n,
    }),
  );
const SEED = { seed: 424242, numRuns: 200 };

describe('rref and rank', () => {
  it('reduce a matrix with fractions exactly', () => {
    const r = rref(
      M([
        [2, 4, '1/2'],
        [1, 2, '1/3'],
        [3, 6, '5/6'],
      ]),
    );
    expect(show(r.rref)).toEqual([
      ['1', '2', '0'],
      ['0', '0', '1'],
      ['0', '0', '0'],
    ]);
    expect(r.pivots).toEqual([0, 2]);
    expect(r.rank).toBe(2);
  });

  it('give the rank of zero, identity, wide and tall matrices', () => {
    expect(rank(zeros(3, 4))).toBe(0);
    expect(rank(identity(5))).toBe(5);
    expect(
      rank(
        M([
          [1, 2, 3],
          [2, 4, 6],
        ]),
      ),
    ).toBe(1);
    expect(
      rank(
        M([
          [1, 0],
          [0, 1],
          [1, 1],
        ]),
      ),
    ).toBe(2);
    expect(rank([])).toBe(0);
  });

  it('rank equals rank of the transpose, and the rref is idempotent (property)', () => {
    fc.assert(
      fc.property(matrixArb(5, 5), (m) => {
        expect(rank(transpose(m))).toBe(rank(m));
        const r = rref(m);
        expect(matricesEqual(rref(r.rref).rref, r.rref)).toBe(true);
      }),
      SEED,
    );
  });
});

describe('nullspace', () => {
  it('has one basis vector per free column with M N = 0', () => {
    const m = M([
      [1, 2, 3],
      [2, 4, 6],
    ]);
    const n = nullspace(m);
    expect(n.map((v) => v.map(String))).toEqual([
      ['-2', '1', '0'],
      ['-3', '0', '1'],
    ]);
    for (const v of n) expect(isZeroVector(matVec(m, v))).toBe(true);
  });

  it('of an empty system is the whole space, of an invertible matrix is {0}', () => {
    expect(show(nullspace([], 2))).toEqual([
      ['1', '0'],
      ['0', '1'],
    ]);
    expect(nullspace(identity(3))).toEqual([]);
  });

  it('M N = 0 and dim N = cols - rank (property)', () => {
    fc.assert(
      fc.property(matrixArb(5, 6), (m) => {
        const n = nullspace(m);
        expect(n.length).toBe(m[0]!.length - rank(m));
        for (const v of n) expect(isZeroVector(matVec(m, v))).toBe(true);
        if (n.length > 0) expect(rank(n)).toBe(n.length);
      }),
      SEED,
    );
  });
});

describe('solve', () => {
  it('solves A x = b exactly with a kernel basis', () => {
    const a = M([
      [1, 1],
      [1, -1],
    ]);
    const result = solve(a, M([[3, '1/2']])[0]!);
    expect(result.consistent).toBe(true);
    if (!result.consistent) return;
    expect(result.solution.map(String)).toEqual(['7/4', '5/4']);
    expect(result.kernel).toEqual([]);
  });

  it('gives a witness y with y^T A = 0 and y^T b = 1 when inconsistent', () => {
    const a = M([
      [1, 2],
      [2, 4],
    ]);
    const b = M([[1, 3]])[0]!;
    const result = solve(a, b);
    expect(result.consistent).toBe(false);
    if (result.consistent) return;
    expect(result.witness.map(String)).toEqual(['-2', '1']);
    expect(isZeroVector(matVec(transpose(a), result.witness))).toBe(true);
    expect(dot(result.witness, b).toString()).toBe('1');
  });

  it('A x = b, or y^T A = 0 and y^T b = 1 (property)', () => {
    fc.assert(
      fc.property(
        matrixArb(5, 5).chain((a) =>
          fc.tuple(
            fc.constant(a),
            fc.array(smallRational, { minLength: a.length, maxLength: a.length }),
          ),
        ),
        ([a, b]) => {
          const result = solve(a, b);
          if (result.consistent) {
            expect(vectorsEqual(matVec(a, result.solution), b)).toBe(true);
            for (const k of result.kernel) expect(isZeroVector(matVec(a, k))).toBe(true);
            expect(result.kernel.length).toBe(a[0]!.length - rank(a));
          } else {
            expect(isZeroVector(matVec(transpose(a), result.witness))).toBe(true);
            expect(dot(result.witness, b).equals(Rational.ONE)).toBe(true);
          }
        },
      ),
      SEED,
    );
  });
});

describe('determinant and inverse', () => {
  it('have exact known values', () => {
    expect(
      determinant(
        M([
          [1, 2],
          [3, 4],
        ]),
      ).toString(),
    ).toBe('-2');
    expect(
      determinant(
        M([
          ['1/2', '1/3'],
          ['1/4', '1/5'],
        ]),
      ).toString(),
    ).toBe('1/60');
    expect(
      determinant(
        M([
          [0, 1],
          [1, 0],
        ]),
      ).toString(),
    ).toBe('-1');
    expect(
      determinant(
        M([
          [1, 2],
          [2, 4],
        ]),
      ).toString(),
    ).toBe('0');
    expect(determinant([]).toString()).toBe('1');
    expect(
      show(
        inverse(
          M([
            [1, 2],
            [3, 4],
          ]),
        )!,
      ),
    ).toEqual([
      ['-2', '1'],
      ['3/2', '-1/2'],
    ]);
    expect(
      inverse(
        M([
          [1, 2],
          [2, 4],
        ]),
      ),
    ).toBeNull();
    expect(() => determinant(M([[1, 2, 3]]))).toThrow(RangeError);
  });

  it('det of the 6x6 Hilbert matrix is 1/186313420339200000', () => {
    const h = Array.from({ length: 6 }, (_, i) =>
      Array.from({ length: 6 }, (_, j) => q(1, i + j + 1)),
    );
    expect(determinant(h).toString()).toBe('1/186313420339200000');
    expect(matricesEqual(matMul(h, inverse(h)!), identity(6))).toBe(true);
  });

  it('det = cofactor expansion, M M^-1 = M^-1 M = I, det M^-1 = 1/det M (property)', () => {
    fc.assert(
      fc.property(squareArb(5), (m) => {
        const det = determinant(m);
        expect(det.equals(cofactorDeterminant(m))).toBe(true);
        const inv = inverse(m);
        expect(inv === null).toBe(det.isZero());
        if (inv) {
          const n = m.length;
          expect(matricesEqual(matMul(m, inv), identity(n))).toBe(true);
          expect(matricesEqual(matMul(inv, m), identity(n))).toBe(true);
          expect(determinant(inv).equals(det.inv())).toBe(true);
        }
      }),
      SEED,
    );
  });
});

describe('fractionFreeRref', () => {
  it('keeps integers, with the determinant as last pivot', () => {
    const ff = fractionFreeRref([
      [2n, 1n, 1n],
      [1n, 3n, 2n],
      [1n, 0n, 0n],
    ]);
    expect(ff.det).toBe(-1n);
    expect(ff.pivots).toEqual([0, 1, 2]);
    expect(ff.rows).toEqual([
      [1n, 0n, 0n],
      [0n, 1n, 0n],
      [0n, 0n, 1n],
    ]);
    expect(ff.den).toBe(1n);
  });
});

describe('primitiveIntegerVector', () => {
  it('clears denominators and common factors, keeping the ray', () => {
    expect(primitiveIntegerVector(M([['1/2', '-1/3']])[0]!)).toEqual([3n, -2n]);
    expect(primitiveIntegerVector(M([[-4, 6]])[0]!)).toEqual([-2n, 3n]);
    expect(primitiveIntegerVector(M([[0, 0]])[0]!)).toEqual([0n, 0n]);
  });
});
