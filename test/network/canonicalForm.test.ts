import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { Rational, q } from '../../src/scalar/rational.ts';
import {
  boundaryHyperplanes,
  canonicalForm,
  canonicalFormsEqual,
  evaluateCanonical,
} from '../../src/network/canonicalForm.ts';
import { evaluate } from '../../src/network/evaluate.ts';
import type { Network } from '../../src/network/network.ts';
import { vectorsEqual } from '../../src/linalg/matrix.ts';

const ch = (alpha: number[], beta: number[]) => ({
  alpha: alpha.map((x) => q(x)),
  beta: beta.map((x) => q(x)),
});
const net = (d: number, k: number, channels: ReturnType<typeof ch>[]): Network => ({
  inputDim: d,
  outputDim: k,
  channels,
});
const plain = (value: unknown) => JSON.parse(JSON.stringify(value));

const figure2 = net(2, 1, [ch([1, 0], [1]), ch([0, -1], [1]), ch([-1, 1], [1])]);

describe('canonicalForm', () => {
  it('Figure 2: hyperplanes x=0, y=0, y=x with kinks 1/2 and zero linear part', () => {
    expect(plain(canonicalForm(figure2))).toEqual({
      inputDim: 2,
      outputDim: 1,
      linear: [['0', '0']],
      hyperplanes: [
        { normal: ['0', '1'], kink: ['1/2'] },
        { normal: ['1', '-1'], kink: ['1/2'] },
        { normal: ['1', '0'], kink: ['1/2'] },
      ],
    });
    expect(plain(boundaryHyperplanes(figure2))).toEqual(plain(canonicalForm(figure2).hyperplanes));
  });

  it('relu(x) - relu(-x) = x is linear with no boundary hyperplane', () => {
    const cf = canonicalForm(net(1, 1, [ch([1], [1]), ch([-1], [-1])]));
    expect(plain(cf)).toEqual({ inputDim: 1, outputDim: 1, linear: [['1']], hyperplanes: [] });
  });

  it('relu(2x) - 2 relu(x) is the zero function', () => {
    const cf = canonicalForm(net(1, 1, [ch([2], [1]), ch([1], [-2])]));
    expect(plain(cf)).toEqual({ inputDim: 1, outputDim: 1, linear: [['0']], hyperplanes: [] });
  });

  it('relu(x) + relu(-x) = |x| has zero linear part and kink 1', () => {
    const cf = canonicalForm(net(1, 1, [ch([1], [1]), ch([-1], [1])]));
    expect(plain(cf)).toEqual({
      inputDim: 1,
      outputDim: 1,
      linear: [['0']],
      hyperplanes: [{ normal: ['1'], kink: ['1'] }],
    });
  });

  it('merges parallel channels on one hyperplane with primitive integer normal', () => {
    const parallel = net(2, 1, [
      { alpha: [q(1, 2), q(1, 2)], beta: [q(1)] },
      ch([2, 2], [1]),
      ch([-3, -3], [-1]),
    ]);
    // W = (1/2)(1/2 + 2 + 3)(1,1); kink = (1/2)(1/2 + 2 - 3) on |x + y|.
    expect(plain(canonicalForm(parallel))).toEqual({
      inputDim: 2,
      outputDim: 1,
      linear: [['11/4', '11/4']],
      hyperplanes: [{ normal: ['1', '1'], kink: ['-1/4'] }],
    });
  });

  it('duplicate channels equal one channel with the summed output weight', () => {
    const duplicated = net(2, 2, [ch([1, -2], [1, 3]), ch([1, -2], [2, -1])]);
    const merged = net(2, 2, [ch([1, -2], [3, 2])]);
    expect(canonicalFormsEqual(canonicalForm(duplicated), canonicalForm(merged))).toBe(true);
    expect(plain(canonicalForm(merged))).toEqual({
      inputDim: 2,
      outputDim: 2,
      linear: [
        ['3/2', '-3'],
        ['1', '-2'],
      ],
      hyperplanes: [{ normal: ['1', '-2'], kink: ['3/2', '1'] }],
    });
  });

  it('drops zero channels and zero output weights', () => {
    const cf = canonicalForm(net(2, 1, [ch([0, 0], [5]), ch([1, 1], [0])]));
    expect(plain(cf)).toEqual({
      inputDim: 2,
      outputDim: 1,
      linear: [['0', '0']],
      hyperplanes: [],
    });
  });

  it('keeps a hyperplane whose kink vanishes in one output coordinate only', () => {
    const cf = canonicalForm(net(1, 2, [ch([1], [1, 1]), ch([-1], [-1, 1])]));
    expect(plain(cf.hyperplanes)).toEqual([{ normal: ['1'], kink: ['0', '1'] }]);
  });
});

describe('evaluateCanonical agrees with the network (property, fixed seed)', () => {
  const small = fc.integer({ min: -3, max: 3 });
  const point = fc
    .array(fc.tuple(fc.integer({ min: -9, max: 9 }), fc.integer({ min: 1, max: 5 })), {
      minLength: 3,
      maxLength: 3,
    })
    .map((xs) => xs.map(([n, d]) => q(n, d)));
  const network = fc
    .array(
      fc.tuple(
        fc.array(small, { minLength: 3, maxLength: 3 }),
        fc.array(small, { minLength: 2, maxLength: 2 }),
      ),
      { maxLength: 6 },
    )
    .map((cs) =>
      net(
        3,
        2,
        cs.map(([a, b]) => ch(a, b)),
      ),
    );

  it('F(x) = W x + sum c_l |<n_l, x>| at rational points', () => {
    fc.assert(
      fc.property(network, fc.array(point, { minLength: 1, maxLength: 10 }), (f, xs) => {
        const cf = canonicalForm(f);
        for (const x of xs)
          expect(vectorsEqual(evaluate(f, x), evaluateCanonical(cf, x))).toBe(true);
        for (const h of cf.hyperplanes) {
          expect(h.kink.some((c) => !c.isZero())).toBe(true);
          expect(h.normal.every((c) => c.isInteger())).toBe(true);
          expect(h.normal.find((c) => !c.isZero())!.sign()).toBe(1);
        }
      }),
      { seed: 7, numRuns: 200 },
    );
  });

  it('Rational.ZERO linear part for the zero network of width 0', () => {
    const cf = canonicalForm(net(2, 1, []));
    expect(cf.linear[0]!.every((x) => x.equals(Rational.ZERO))).toBe(true);
  });
});
