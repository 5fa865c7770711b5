import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { q, type Rational } from '../../src/scalar/rational.ts';
import { vectorsEqual } from '../../src/linalg/matrix.ts';
import { canonicalForm, canonicalFormsEqual } from '../../src/network/canonicalForm.ts';
import { distinguishingPoint, genericPointOn } from '../../src/network/distinguishingPoint.ts';
import { evaluate } from '../../src/network/evaluate.ts';
import { differenceNetwork, functionallyEqual } from '../../src/network/functionalEquality.ts';
import type { Channel, Network } from '../../src/network/network.ts';

const ch = (alpha: number[], beta: number[]): Channel => ({
  alpha: alpha.map((x) => q(x)),
  beta: beta.map((x) => q(x)),
});
const net = (d: number, k: number, channels: Channel[]): Network => ({
  inputDim: d,
  outputDim: k,
  channels,
});
const show = (v: readonly Rational[]) => v.map(String);

const figure2 = net(2, 1, [ch([1, 0], [1]), ch([0, -1], [1]), ch([-1, 1], [1])]);
// Example 5.1's LEN realisation of the same function, width 6.
const len6 = net(2, 1, [
  { alpha: [q(1), q(0)], beta: [q(1, 2)] },
  { alpha: [q(0), q(1)], beta: [q(1, 2)] },
  { alpha: [q(-1), q(0)], beta: [q(1, 2)] },
  { alpha: [q(0), q(-1)], beta: [q(1, 2)] },
  { alpha: [q(1), q(-1)], beta: [q(1, 2)] },
  { alpha: [q(-1), q(1)], beta: [q(1, 2)] },
]);

describe('functionallyEqual', () => {
  it('knows the width-3 and width-6 realisations of Example 5.1 compute the same function', () => {
    expect(functionallyEqual(figure2, len6)).toEqual({ equal: true });
  });

  it('knows relu(2x) - 2 relu(x) is the zero function', () => {
    expect(functionallyEqual(net(1, 1, [ch([2], [1]), ch([1], [-2])]), net(1, 1, []))).toEqual({
      equal: true,
    });
  });

  it('gives a verified witness when relu(x) - relu(-x) is compared with |x|', () => {
    const f = net(1, 1, [ch([1], [1]), ch([-1], [-1])]);
    const g = net(1, 1, [ch([1], [1]), ch([-1], [1])]);
    const result = functionallyEqual(f, g);
    expect(result.equal).toBe(false);
    if (result.equal) return;
    const { x, left, right } = result.witness;
    expect(show(left)).toEqual(show(evaluate(f, x)));
    expect(show(right)).toEqual(show(evaluate(g, x)));
    expect(vectorsEqual(left, right)).toBe(false);
  });

  it('finds a witness when only a kink differs, off the other hyperplanes', () => {
    const g = net(2, 1, [...figure2.channels, ch([1, 1], [1]), ch([-1, -1], [-1])]);
    // The extra pair is the linear function x + y: different, no new kink.
    const result = functionallyEqual(figure2, g);
    expect(result.equal).toBe(false);
    const h = net(2, 1, [...figure2.channels, ch([1, 2], [1]), ch([-1, -2], [1])]);
    const r2 = functionallyEqual(figure2, h);
    expect(r2.equal).toBe(false);
    if (r2.equal) return;
    expect(vectorsEqual(evaluate(figure2, r2.witness.x), evaluate(h, r2.witness.x))).toBe(false);
  });

  it('refuses networks of different shapes', () => {
    expect(() => functionallyEqual(figure2, net(3, 1, []))).toThrow(RangeError);
  });
});

describe('distinguishingPoint', () => {
  it('is null exactly for the zero function', () => {
    expect(distinguishingPoint(canonicalForm(differenceNetwork(figure2, len6)))).toBeNull();
    // relu(y): x0 = (1, 0) on the hyperplane gives 0; x0 + eps n = (1, 1) gives 1.
    expect(show(distinguishingPoint(canonicalForm(net(2, 1, [ch([0, 1], [1])])))!)).toEqual([
      '1',
      '1',
    ]);
  });

  it('genericPointOn lies on n-perp and off every other hyperplane', () => {
    const n = [q(1), q(1), q(1)];
    const others = [
      [q(1), q(0), q(0)],
      [q(0), q(1), q(0)],
      [q(1), q(-1), q(0)],
    ];
    const x = genericPointOn(n, others, 3);
    const dot = (a: Rational[], b: Rational[]) =>
      a.reduce((s, ai, i) => s.add(ai.mul(b[i]!)), q(0));
    expect(dot(n, x).isZero()).toBe(true);
    for (const m of others) expect(dot(m, x).isZero()).toBe(false);
  });
});

/**
 * Random networks, and networks rewritten into another parametrisation of the same function:
 * channels permuted, a channel rescaled (relu(c t) = c relu(t) for c > 0), an output weight split
 * over two copies of a channel, a cancelling pair added. Half the pairs compared are equal.
 */
const small = fc.integer({ min: -2, max: 2 });
const channelArb = fc
  .tuple(
    fc.array(small, { minLength: 2, maxLength: 2 }),
    fc.array(small, { minLength: 1, maxLength: 1 }),
  )
  .map(([a, b]) => ch(a, b));
const networkArb = fc.array(channelArb, { maxLength: 5 }).map((cs) => net(2, 1, cs));

function rewrite(f: Network, seed: number): Network {
  const channels = [...f.channels];
  if (channels.length > 0) {
    const i = seed % channels.length;
    const c = channels[i]!;
    const scale = q(1 + (seed % 3), 2);
    channels[i] = {
      alpha: c.alpha.map((x) => x.mul(scale)),
      beta: c.beta.map((b) => b.div(scale)),
    };
    const half = channels[i]!.beta.map((b) => b.mul(q(1, 3)));
    const rest = channels[i]!.beta.map((b) => b.mul(q(2, 3)));
    channels.splice(
      i,
      1,
      { alpha: channels[i]!.alpha, beta: half },
      { alpha: channels[i]!.alpha, beta: rest },
    );
  }
  channels.push(ch([seed % 3, 1], [1]), ch([seed % 3, 1], [-1]));
  return net(f.inputDim, f.outputDim, channels.reverse());
}

const pointArb = fc
  .array(fc.tuple(fc.integer({ min: -20, max: 20 }), fc.integer({ min: 1, max: 7 })), {
    minLength: 2,
    maxLength: 2,
  })
  .map((xs) => xs.map(([n, d]) => q(n, d)));

describe('equal iff canonical forms equal, checked by evaluation (property, fixed seed)', () => {
  it('holds on random pairs and on rewritten pairs', () => {
    fc.assert(
      fc.property(
        networkArb,
        networkArb,
        fc.boolean(),
        fc.nat(100),
        fc.array(pointArb, { minLength: 20, maxLength: 20 }),
        (f, other, sameFunction, seed, points) => {
          const g = sameFunction ? rewrite(f, seed) : other;
          const result = functionallyEqual(f, g);
          expect(result.equal).toBe(canonicalFormsEqual(canonicalForm(f), canonicalForm(g)));
          if (sameFunction) expect(result.equal).toBe(true);
          if (result.equal) {
            for (const x of points) expect(vectorsEqual(evaluate(f, x), evaluate(g, x))).toBe(true);
          } else {
            const { x, left, right } = result.witness;
            expect(vectorsEqual(evaluate(f, x), left)).toBe(true);
            expect(vectorsEqual(evaluate(g, x), right)).toBe(true);
            expect(vectorsEqual(left, right)).toBe(false);
          }
        },
      ),
      { seed: 2512, numRuns: 300 },
    );
  });
});
