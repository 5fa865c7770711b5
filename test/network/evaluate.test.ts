import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { q, type Rational } from '../../src/scalar/rational.ts';
import {
  addVectors,
  dot,
  matVec,
  matricesEqual,
  scaleVector,
  vectorsEqual,
} from '../../src/linalg/matrix.ts';
import { lineKey, lineNormal } from '../../src/group/action.ts';
import { canonicalForm } from '../../src/network/canonicalForm.ts';
import { genericPointOn } from '../../src/network/distinguishingPoint.ts';
import { evaluate, featureFunction, relu } from '../../src/network/evaluate.ts';
import type { Channel, Network } from '../../src/network/network.ts';

const ch = (alpha: number[], beta: number[]): Channel => ({
  alpha: alpha.map((x) => q(x)),
  beta: beta.map((x) => q(x)),
});
const figure2: Network = {
  inputDim: 2,
  outputDim: 1,
  channels: [ch([1, 0], [1]), ch([0, -1], [1]), ch([-1, 1], [1])],
};

describe('evaluate', () => {
  it('is exact at rational points', () => {
    expect(evaluate(figure2, [q(1, 2), q(-1, 3)]).map(String)).toEqual(['5/6']);
    expect(evaluate(figure2, [q(-1), q(2)]).map(String)).toEqual(['3']);
    expect(evaluate(figure2, [q(0), q(0)]).map(String)).toEqual(['0']);
    expect(relu(q(-1, 2)).toString()).toBe('0');
    expect(relu(q(1, 2)).toString()).toBe('1/2');
  });

  it('s(a,b) = (|a| + |b| + |a - b|)/2 = s(b,a) = s(-a,-b) (Example 5.1)', () => {
    for (const [a, b] of [
      [q(3), q(-7, 2)],
      [q(-1, 5), q(-2, 9)],
      [q(4), q(4)],
    ] as const) {
      const s = evaluate(figure2, [a, b])[0]!;
      const closed = a.abs().add(b.abs()).add(a.sub(b).abs()).mul(q(1, 2));
      expect(s.equals(closed)).toBe(true);
      expect(evaluate(figure2, [b, a])[0]!.equals(s)).toBe(true);
      expect(evaluate(figure2, [a.neg(), b.neg()])[0]!.equals(s)).toBe(true);
    }
  });
});

describe('featureFunction', () => {
  it('is the Jacobian of the region (Figure 2)', () => {
    const phi = (a: number, b: number) =>
      featureFunction(figure2, [q(a), q(b)]).map((r) => r.map(String));
    expect(phi(1, 2)).toEqual([['0', '1']]);
    expect(phi(2, 1)).toEqual([['1', '0']]);
    expect(phi(-1, -2)).toEqual([['0', '-1']]);
    expect(phi(-2, -1)).toEqual([['-1', '0']]);
    expect(phi(1, -1)).toEqual([['1', '-1']]);
    expect(phi(-1, 1)).toEqual([['-1', '1']]);
    // On a hyperplane only strictly active channels count.
    expect(phi(0, 0)).toEqual([['0', '0']]);
  });

  it('satisfies F(x) = Phi_F(x) x (property, fixed seed)', () => {
    const small = fc.integer({ min: -3, max: 3 });
    const channel = fc
      .tuple(
        fc.array(small, { minLength: 3, maxLength: 3 }),
        fc.array(small, { minLength: 2, maxLength: 2 }),
      )
      .map(([a, b]) => ch(a, b));
    const point = fc
      .array(fc.tuple(fc.integer({ min: -9, max: 9 }), fc.integer({ min: 1, max: 4 })), {
        minLength: 3,
        maxLength: 3,
      })
      .map((xs) => xs.map(([n, d]) => q(n, d)));
    fc.assert(
      fc.property(fc.array(channel, { maxLength: 6 }), point, (channels, x) => {
        const f: Network = { inputDim: 3, outputDim: 2, channels };
        expect(vectorsEqual(evaluate(f, x), matVec(featureFunction(f, x), x))).toBe(true);
      }),
      { seed: 51, numRuns: 300 },
    );
  });
});

describe('the feature function jumps exactly across boundary hyperplanes (Theorem 4.2)', () => {
  it('holds for every channel line of random networks (property, fixed seed)', () => {
    const small = fc.integer({ min: -2, max: 2 });
    const channel = fc
      .tuple(
        fc.array(small, { minLength: 2, maxLength: 2 }),
        fc.array(small, { minLength: 1, maxLength: 1 }),
      )
      .map(([a, b]) => ch(a, b));
    fc.assert(
      fc.property(fc.array(channel, { minLength: 1, maxLength: 6 }), (channels) => {
        const f: Network = { inputDim: 2, outputDim: 1, channels };
        const boundary = new Set(canonicalForm(f).hyperplanes.map((h) => lineKey(h.normal)));
        const lines = new Map<string, Rational[]>();
        for (const c of channels) {
          if (!c.alpha.every((x) => x.isZero())) lines.set(lineKey(c.alpha), lineNormal(c.alpha));
        }
        for (const [key, n] of lines) {
          const others = [...lines.values()].filter((m) => lineKey(m) !== key);
          const x0 = genericPointOn(n, others, 2);
          // Half the distance to the nearest other line along n: both sides stay in one region.
          let eps = q(1);
          for (const m of others) {
            const mn = dot(m, n);
            if (mn.isZero()) continue;
            const bound = dot(m, x0).abs().div(mn.abs()).mul(q(1, 2));
            if (bound.compare(eps) < 0) eps = bound;
          }
          const plus = featureFunction(f, addVectors(x0, scaleVector(n, eps)));
          const minus = featureFunction(f, addVectors(x0, scaleVector(n, eps.neg())));
          expect(!matricesEqual(plus, minus)).toBe(boundary.has(key));
        }
      }),
      { seed: 42, numRuns: 300 },
    );
  });
});
