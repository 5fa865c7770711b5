import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { functionallyEqual } from '../../../src/network/functionalEquality.ts';
import { canonicalForm } from '../../../src/network/canonicalForm.ts';
import type { Network } from '../../../src/network/network.ts';
import { minimalGnWidth } from '../../../src/theory/width/minimalGnWidth.ts';
import { FIGURE2, net, smallIntegerNetworkArbitrary } from './fixtures.ts';

function exactWidth(f: Network): number {
  const r = minimalGnWidth(f);
  if (!r.exact) throw new Error('expected an exact answer');
  expect(functionallyEqual(r.realisation, f).equal).toBe(true);
  expect(r.realisation.channels.length).toBe(r.width);
  return r.width;
}

describe('minimalGnWidth', () => {
  it('gives Example 5.1 width 3 = p: the three channel vectors sum to zero', () => {
    const r = minimalGnWidth(FIGURE2);
    expect(r.exact && r.width).toBe(3);
    if (!r.exact) return;
    expect(r.lowerBound.hyperplanes).toHaveLength(3);
    expect(r.lowerBound.choicesEnumerated).toBe(0);
    expect(r.lowerBound.optimalCost).toBe(3);
    expect(functionallyEqual(r.realisation, FIGURE2).equal).toBe(true);
  });

  it('gives 0 for the zero function, even when written with cancelling channels', () => {
    expect(
      exactWidth(
        net(2, 1, [
          [[1, 2], [1]],
          [[1, 2], [-1]],
        ]),
      ),
    ).toBe(0);
    expect(
      exactWidth(
        net(2, 1, [
          [[2, 4], [1]],
          [[1, 2], [-2]],
        ]),
      ),
    ).toBe(0);
  });

  it('gives 2 for a nonzero linear function (p = 0): one unit always has a kink', () => {
    const linear = net(2, 1, [
      [[1, 1], [1]],
      [[-1, -1], [-1]],
    ]);
    expect(canonicalForm(linear).hyperplanes).toHaveLength(0);
    expect(exactWidth(linear)).toBe(2);
  });

  it('gives p when the signs reproduce a nonzero linear part: relu(a) + relu(b)', () => {
    expect(
      exactWidth(
        net(2, 1, [
          [[1, 0], [1]],
          [[0, 1], [1]],
        ]),
      ),
    ).toBe(2);
  });

  it('sees through redundant channels: relu(a) + relu(-a) + a is 2 relu(a), width 1', () => {
    expect(
      exactWidth(
        net(1, 1, [
          [[1], [1]],
          [[-1], [1]],
          [[1], [1]],
          [[-1], [-1]],
        ]),
      ),
    ).toBe(1);
  });

  it('gives p + 1 for |a| + 3a (1D) and |a| + |b| + 3a + b', () => {
    const oneD = net(1, 1, [
      [[1], [4]],
      [[-1], [-2]],
    ]);
    const r = minimalGnWidth(oneD);
    expect(r.exact && r.width).toBe(2);
    if (r.exact) expect(r.lowerBound.reason).toContain('no sign vector');
    const twoD = net(2, 1, [
      [[1, 0], [1]],
      [[-1, 0], [1]],
      [[0, 1], [1]],
      [[0, -1], [1]],
      [[3, 1], [1]],
      [[-3, -1], [-1]],
    ]);
    expect(exactWidth(twoD)).toBe(3);
  });

  it('gives p + 2 for |a| + |b| + 3a, with the reason naming both failures', () => {
    const f = net(2, 1, [
      [[1, 0], [1]],
      [[-1, 0], [1]],
      [[0, 1], [1]],
      [[0, -1], [1]],
      [[3, 0], [1]],
      [[-3, 0], [-1]],
    ]);
    const r = minimalGnWidth(f);
    expect(r.exact && r.width).toBe(4);
    if (!r.exact) return;
    expect(r.lowerBound.choicesEnumerated).toBe(4 + 2 * 2);
    expect(r.lowerBound.reason).toMatch(/no l0/);
    expect(functionallyEqual(r.realisation, f).equal).toBe(true);
  });

  it(
    'handles vector output exactly: (|a|, a) needs 2 units, the identity map of Q^2 needs ' + '4',
    () => {
      expect(
        exactWidth(
          net(1, 2, [
            [[1], [2, 1]],
            [[-1], [2, -1]],
          ]),
        ),
      ).toBe(2);
      const identity = net(2, 2, [
        [
          [1, 0],
          [1, 0],
        ],
        [
          [-1, 0],
          [-1, 0],
        ],
        [
          [0, 1],
          [0, 1],
        ],
        [
          [0, -1],
          [0, -1],
        ],
      ]);
      expect(exactWidth(identity)).toBe(4);
    },
  );

  it('reports an honest interval with a realisation when the enumeration is capped', () => {
    const f = net(2, 1, [
      [[1, 0], [1]],
      [[-1, 0], [1]],
      [[0, 1], [1]],
      [[0, -1], [1]],
      [[3, 0], [1]],
      [[-3, 0], [-1]],
    ]);
    const r = minimalGnWidth(f, { maxChoices: 2 });
    expect(r.exact).toBe(false);
    if (r.exact) return;
    expect(r.lower).toBe(2);
    expect(r.upper).toBe(4);
    expect(r.reason).toContain('cap of 2');
    expect(functionallyEqual(r.realisation, f).equal).toBe(true);
  });

  it(
    'never exceeds the width of the given network, and its realisation computes it ' + '(property)',
    () => {
      fc.assert(
        fc.property(smallIntegerNetworkArbitrary(2, 1, 5), (f) => {
          const r = minimalGnWidth(f);
          expect(r.exact).toBe(true);
          if (!r.exact) return;
          expect(r.width).toBeLessThanOrEqual(f.channels.length);
          expect(r.width).toBeGreaterThanOrEqual(canonicalForm(f).hyperplanes.length);
          expect(functionallyEqual(r.realisation, f).equal).toBe(true);
        }),
        { seed: 4242, numRuns: 80 },
      );
    },
  );

  it('bounds vector-output targets by their given width too (property, k = 2)', () => {
    fc.assert(
      fc.property(smallIntegerNetworkArbitrary(2, 2, 5), (f) => {
        const r = minimalGnWidth(f);
        expect(r.exact).toBe(true);
        if (!r.exact) return;
        expect(r.width).toBeLessThanOrEqual(f.channels.length);
        expect(functionallyEqual(r.realisation, f).equal).toBe(true);
      }),
      { seed: 5151, numRuns: 80 },
    );
  });
});
