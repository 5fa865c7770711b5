import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { q, Rational } from '../../src/scalar/rational.ts';
import { dot } from '../../src/linalg/matrix.ts';
import { canonicalForm, evaluateCanonical } from '../../src/network/canonicalForm.ts';
import type { Network } from '../../src/network/network.ts';
import { linearRegions } from '../../src/picture/linearRegions.ts';
import { contourLevels, levelSegments } from '../../src/picture/levelSegments.ts';
import { EXAMPLE_5_1_TARGET } from '../helpers/example51.ts';

const r = (n: number, d = 1): Rational => q(n, d);
const v = (...xs: number[]): Rational[] => xs.map((x) => r(x));
const s = EXAMPLE_5_1_TARGET;
const show = (p: readonly Rational[]): string => p.map((x) => x.toString()).join(',');

describe('linearRegions', () => {
  it('cuts the plane into the six sectors of Example 5.1 with their exact gradients', () => {
    const { regions, hyperplanes } = linearRegions(s);
    expect(hyperplanes).toHaveLength(3);
    expect(regions.map((g) => show(g.rays![0]))).toEqual([
      '1,0',
      '1,1',
      '0,1',
      '-1,0',
      '-1,-1',
      '0,-1',
    ]);
    expect(regions.map((g) => show(g.gradient[0]!))).toEqual([
      '1,0',
      '0,1',
      '-1,1',
      '-1,0',
      '0,-1',
      '1,-1',
    ]);
    expect(regions.map((g) => g.polygon.length)).toEqual([3, 3, 4, 3, 3, 4]);
    expect(regions[0]!.polygon.map(show).sort()).toEqual(['0,0', '1,0', '1,1']);
  });

  it('gives one region, the square, for a linear function and two half-planes for one line', () => {
    const linear: Network = {
      inputDim: 2,
      outputDim: 1,
      channels: [
        { alpha: v(2, 3), beta: v(1) },
        { alpha: v(-2, -3), beta: v(-1) },
      ],
    };
    const one = linearRegions(linear);
    expect(one.hyperplanes).toHaveLength(0);
    expect(one.regions).toHaveLength(1);
    expect(one.regions[0]!.polygon).toHaveLength(4);
    // relu(t) - relu(-t) = t: the gradient is (2, 3) even though both channel lines cross it.
    expect(show(one.regions[0]!.gradient[0]!)).toBe('2,3');
    const kink = linearRegions({
      inputDim: 2,
      outputDim: 1,
      channels: [{ alpha: v(1, -2), beta: v(3) }],
    });
    expect(kink.regions.map((g) => show(g.gradient[0]!))).toEqual(['0,0', '3,-6']);
    expect(kink.regions.map((g) => g.polygon.length)).toEqual([4, 4]);
  });

  it('rejects a network whose input is not planar', () => {
    expect(() => linearRegions({ inputDim: 3, outputDim: 1, channels: [] })).toThrow(/dimension 2/);
  });

  it('agrees with the canonical form at every interior point (fixed seed)', () => {
    const small = fc.integer({ min: -3, max: 3 });
    const channel = fc.record({ alpha: fc.tuple(small, small), beta: fc.tuple(small) });
    fc.assert(
      fc.property(fc.array(channel, { maxLength: 5 }), (chs) => {
        const net: Network = {
          inputDim: 2,
          outputDim: 1,
          channels: chs.map((c) => ({ alpha: v(...c.alpha), beta: v(...c.beta) })),
        };
        const cf = canonicalForm(net);
        const { regions } = linearRegions(net);
        expect(regions).toHaveLength(Math.max(1, 2 * cf.hyperplanes.length));
        for (const g of regions) {
          expect(
            dot(g.gradient[0]!, g.interior).equals(evaluateCanonical(cf, g.interior)[0]!),
          ).toBe(true);
          for (const p of g.polygon) {
            expect(dot(g.gradient[0]!, p).equals(evaluateCanonical(cf, p)[0]!)).toBe(true);
          }
        }
      }),
      { seed: 20261204, numRuns: 150 },
    );
  });
});

describe('levelSegments', () => {
  it('draws the level set s = 1/2 as a hexagon with exact corners on the six rays', () => {
    const regions = linearRegions(s);
    const segments = levelSegments(regions, 0, r(1, 2));
    expect(segments).toHaveLength(6);
    const corners = new Set(segments.flatMap((g) => [show(g.from), show(g.to)]));
    expect([...corners].sort()).toEqual([
      '-1/2,-1/2',
      '-1/2,0',
      '0,-1/2',
      '0,1/2',
      '1/2,0',
      '1/2,1/2',
    ]);
  });

  it('chooses exact evenly spaced levels up to the maximum 2 of s on the square', () => {
    const levels = contourLevels(linearRegions(s), 0, 8);
    expect(levels.map((c) => c.toString())).toEqual([
      '1/4',
      '1/2',
      '3/4',
      '1',
      '5/4',
      '3/2',
      '7/4',
    ]);
  });

  it('finds levels on both sides of zero for a sign-changing target', () => {
    const net: Network = {
      inputDim: 2,
      outputDim: 1,
      channels: [
        { alpha: v(1, 0), beta: v(1) },
        { alpha: v(0, 1), beta: v(-1) },
      ],
    };
    const levels = contourLevels(linearRegions(net), 0, 2);
    expect(levels.map((c) => c.toString())).toEqual(['-1/2', '1/2']);
  });
});
