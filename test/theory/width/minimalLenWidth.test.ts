import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { q } from '../../../src/scalar/rational.ts';
import { presetGroup } from '../../../src/group/presets.ts';
import type { MatrixGroup } from '../../../src/group/matrixGroup.ts';
import { functionallyEqual } from '../../../src/network/functionalEquality.ts';
import type { Network } from '../../../src/network/network.ts';
import { isLayerwiseEquivariant } from '../../../src/theory/equivariance/isLayerwiseEquivariant.ts';
import { minimalGnWidth } from '../../../src/theory/width/minimalGnWidth.ts';
import { minimalLenWidth } from '../../../src/theory/width/minimalLenWidth.ts';
import {
  C3_INTERVAL_TARGET,
  C3_IN_AND_OUT,
  FIGURE2,
  ODD,
  matrix,
  net,
  randomLen,
  trivial,
  smallIntegerNetworkArbitrary,
} from './fixtures.ts';
import { generateGroup } from '../../../src/group/matrixGroup.ts';

function lenWidth(f: Network, group: MatrixGroup, hidden: 'any' | 'regular'): number {
  const r = minimalLenWidth(f, group, hidden);
  if (!r.member || !r.exact) throw new Error('expected an exact LEN width');
  const { network, permutations } = r.realisation;
  expect(network.channels.length).toBe(r.width);
  expect(functionallyEqual(network, f).equal).toBe(true);
  expect(permutations).toHaveLength(group.generators.length);
  expect(isLayerwiseEquivariant(network, group, hidden).layerwise).toBe(true);
  return r.width;
}

/** relu(x1) + relu(x2) + relu(x3) + (x1 + x2 + x3): invariant under cyclic shifts. */
const SHIFTED_SUM = net(3, 1, [
  [[1, 0, 0], [1]],
  [[0, 1, 0], [1]],
  [[0, 0, 1], [1]],
  [[1, 1, 1], [1]],
  [[-1, -1, -1], [-1]],
]);

describe('minimalLenWidth', () => {
  it('gives Example 5.1 width 6 (any) and 8 (regular), with the orbits of MATH.md', () => {
    const klein = presetGroup('klein4');
    expect(lenWidth(FIGURE2, klein, 'any')).toBe(6);
    expect(lenWidth(FIGURE2, klein, 'regular')).toBe(8);
    const r = minimalLenWidth(FIGURE2, klein, 'any');
    if (!r.member || !r.exact) return;
    const orbits = r.lowerBound.hyperplaneOrbits;
    expect(orbits.map((o) => o.representative.join(','))).toEqual(['0,1', '1,-1']);
    expect(orbits.map((o) => o.orbitCost)).toEqual([4, 2]);
    expect(orbits.map((o) => o.stabiliser.length)).toEqual([1, 2]);
    expect(orbits.every((o) => o.oppositeInOrbit)).toBe(true);
    expect(r.lowerBound.optimalChoice).toEqual(['symmetric', 'symmetric']);
    // (1/2)[relu(a)+relu(b)+relu(-a)+relu(-b)] + (1/2)[relu(a-b)+relu(b-a)]
    expect(r.realisation.network.channels.every((c) => c.beta[0]!.equals(q(1, 2)))).toBe(true);
  });

  it(
    'serves a nonzero G-fixed linear part with one + orbit: relu(a) + relu(b) under the ' + 'swap',
    () => {
      const swap = presetGroup('symmetric:2');
      const f = net(2, 1, [
        [[1, 0], [1]],
        [[0, 1], [1]],
      ]);
      expect(lenWidth(f, swap, 'any')).toBe(2);
      expect(lenWidth(f, swap, 'regular')).toBe(2);
    },
  );

  it(
    'prefers a pure-linear pair (any) but two orbits (regular) for a leftover fixed linear ' +
      'term',
    () => {
      const c3 = presetGroup('cyclic:3');
      expect(minimalGnWidth(SHIFTED_SUM).exact && minimalGnWidth(SHIFTED_SUM).width).toBe(5);
      expect(lenWidth(SHIFTED_SUM, c3, 'any')).toBe(5);
      expect(lenWidth(SHIFTED_SUM, c3, 'regular')).toBe(6);
      const r = minimalLenWidth(SHIFTED_SUM, c3, 'regular');
      if (r.member && r.exact) expect(r.lowerBound.optimalChoice).toEqual(['both']);
    },
  );

  it(
    'charges 2 units per rank of a vector-valued invariant remainder (k = 2), not 2 in ' + 'all',
    () => {
      const swap12 = generateGroup(
        [
          {
            input: matrix([
              [0, 1, 0],
              [1, 0, 0],
              [0, 0, 1],
            ]),
          },
        ],
        { name: 'swap x1, x2' },
      );
      // x -> (x1 + x2, x3): invariant, no kinks, a rank-2 G-fixed linear part.
      const f = net(3, 2, [
        [
          [1, 1, 0],
          [1, 0],
        ],
        [
          [-1, -1, 0],
          [-1, 0],
        ],
        [
          [0, 0, 1],
          [0, 1],
        ],
        [
          [0, 0, -1],
          [0, -1],
        ],
      ]);
      expect(lenWidth(f, swap12, 'any')).toBe(4);
      expect(lenWidth(f, swap12, 'regular')).toBe(8);
    },
  );

  it('says "no LEN of any width" with a witness for a target that is not invariant', () => {
    const r = minimalLenWidth(net(2, 1, [[[1, 0], [1]]]), presetGroup('klein4'), 'any');
    expect(r.member).toBe(false);
    if (r.member) return;
    expect(r.reason).toContain('not invariant');
    expect(r.witness.left).not.toEqual(r.witness.right);
  });

  it('is exact for x -> x under odd C_2: no kinks, but LEN lies within GN (width 2)', () => {
    const identity = net(1, 1, [
      [[1], [1]],
      [[-1], [-1]],
    ]);
    expect(lenWidth(identity, ODD, 'any')).toBe(2);
    const r = minimalLenWidth(identity, ODD, 'any');
    if (r.member && r.exact) expect(r.lowerBound.gnWidthLowerBound).toBe(2);
  });

  it('uses the given network when it is already a LEN: exact 6 under the swap of Q^2 x Q^2', () => {
    const swapBoth = generateGroup(
      [
        {
          input: matrix([
            [0, 1],
            [1, 0],
          ]),
          output: matrix([
            [0, 1],
            [1, 0],
          ]),
        },
      ],
      { name: 'swap on inputs and outputs' },
    );
    const f: Network = {
      inputDim: 2,
      outputDim: 2,
      channels: [
        [
          [-1, 2],
          [-1, 2],
        ],
        [
          [2, -1],
          [2, -1],
        ],
        [
          [0, 2],
          [-2, 0],
        ],
        [
          [2, 0],
          [0, -2],
        ],
        [
          [-2, 0],
          [-2, -1],
        ],
        [
          [0, -2],
          [-1, -2],
        ],
      ].map(([a, b]) => ({ alpha: a!.map((x) => q(x)), beta: b!.map((x) => q(x, 2)) })),
    };
    expect(lenWidth(f, swapBoth, 'any')).toBe(6);
    expect(lenWidth(f, swapBoth, 'regular')).toBe(6);
  });

  it('gives an honest interval [4, 6] for an equivariant output under non-orthogonal C_3', () => {
    const r = minimalLenWidth(C3_INTERVAL_TARGET, C3_IN_AND_OUT, 'any');
    expect(r.member && !r.exact).toBe(true);
    if (!r.member || r.exact) return;
    expect([r.lower, r.upper]).toEqual([4, 6]);
    expect(r.reason).toContain('equivariant (non-invariant) output');
    expect(functionallyEqual(r.realisation.network, C3_INTERVAL_TARGET).equal).toBe(true);
    expect(isLayerwiseEquivariant(r.realisation.network, C3_IN_AND_OUT, 'any').layerwise).toBe(
      true,
    );
  });

  it('is exact for equivariant output when the orbit count is attained: (relu(a), relu(b))', () => {
    const swapBoth = generateGroup(
      [
        {
          input: matrix([
            [0, 1],
            [1, 0],
          ]),
          output: matrix([
            [0, 1],
            [1, 0],
          ]),
        },
      ],
      {
        name: 'swap on inputs and outputs',
      },
    );
    const f = net(2, 2, [
      [
        [1, 0],
        [1, 0],
      ],
      [
        [0, 1],
        [0, 1],
      ],
    ]);
    expect(lenWidth(f, swapBoth, 'any')).toBe(2);
    expect(lenWidth(f, swapBoth, 'regular')).toBe(2);
  });

  it('equals the GN width under the trivial group (property)', () => {
    const g = trivial(2);
    fc.assert(
      fc.property(smallIntegerNetworkArbitrary(2, 1, 4), (f) => {
        const gn = minimalGnWidth(f);
        if (!gn.exact) throw new Error('GN search capped');
        expect(lenWidth(f, g, 'any')).toBe(gn.width);
        expect(lenWidth(f, g, 'regular')).toBe(gn.width);
      }),
      { seed: 2718, numRuns: 40 },
    );
  });
});

describe('minimalLenWidth against random LENs', () => {
  const groups = [
    'klein4',
    'symmetric:2',
    'c3-nonorthogonal',
    'dihedral4',
    'cyclic:3',
    'negation:2',
  ];

  it(
    'never exceeds the width of a LEN computing the target, for every group and ' + 'convention',
    () => {
      for (const name of groups) {
        const group = presetGroup(name);
        const d = group.inputDim;
        const seed = fc.record({
          alpha: fc.array(fc.integer({ min: -2, max: 2 }), { minLength: d, maxLength: d }),
          beta: fc.integer({ min: -2, max: 2 }),
        });
        for (const hidden of ['any', 'regular'] as const) {
          fc.assert(
            fc.property(fc.array(seed, { maxLength: 3 }), (seeds) => {
              const f = randomLen(group, seeds, hidden);
              expect(isLayerwiseEquivariant(f, group, hidden).layerwise).toBe(true);
              const w = lenWidth(f, group, hidden);
              expect(w).toBeLessThanOrEqual(f.channels.length);
              const gn = minimalGnWidth(f);
              if (gn.exact) expect(w).toBeGreaterThanOrEqual(gn.width);
            }),
            { seed: 1618, numRuns: 25 },
          );
        }
      }
    },
  );
});
