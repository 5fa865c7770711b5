/**
 * Small targets and groups shared by the width and certificate tests.
 */

import { q } from '../../../src/scalar/rational.ts';
import { generateGroup } from '../../../src/group/matrixGroup.ts';
import type { Network } from '../../../src/network/network.ts';
import type { MatrixGroup } from '../../../src/group/matrixGroup.ts';
import { EXAMPLE_5_1_TARGET } from '../../helpers/example51.ts';
import fc from 'fast-check';

const ch = (alpha: number[], beta: number[]) => ({
  alpha: alpha.map((x) => q(x)),
  beta: beta.map((x) => q(x)),
});

function net(d: number, k: number, channels: [number[], number[]][]): Network {
  return { inputDim: d, outputDim: k, channels: channels.map(([a, b]) => ch(a, b)) };
}

/** Example 5.1: s(a,b) = relu(a) + relu(-b) + relu(b - a). */
const FIGURE2 = EXAMPLE_5_1_TARGET;

const matrix = (rows: number[][]) => rows.map((r) => r.map((x) => q(x)));

/** The trivial group on Q^d. */
const trivial = (d: number) =>
  generateGroup(
    [
      {
        input: matrix(
          Array.from({ length: d }, (_, i) =>
            Array.from({ length: d }, (_, j) => (i === j ? 1 : 0)),
          ),
        ),
      },
    ],
    {
      name: 'trivial',
    },
  );

/** C_2 acting by -1 on input Q^1 and on output Q^1: odd functions are the equivariant ones. */
const ODD = generateGroup([{ input: matrix([[-1]]), output: matrix([[-1]]) }], { name: 'odd' });

/** The LEN with one hidden orbit per (alpha, beta): distinct points (any) or G-indexed. */
function randomLen(
  group: MatrixGroup,
  seeds: { alpha: number[]; beta: number }[],
  hidden: 'any' | 'regular',
): Network {
  const channels = seeds.flatMap(({ alpha, beta }) => {
    const a = alpha.map((x) => q(x));
    const units = group.elements.map((g) => ({
      alpha: g.contragredient.map((row) => row.reduce((s, x, i) => s.add(x.mul(a[i]!)), q(0))),
      beta: [q(beta)],
    }));
    if (hidden === 'regular') return units;
    const seen = new Set<string>();
    return units.filter((u) => {
      const key = u.alpha.join(',');
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
  });
  return { inputDim: group.inputDim, outputDim: 1, channels };
}

/**
 * C_3 acting by [[0,-1],[1,-1]] on both Q^2 (input) and Q^2 (output), and an equivariant
 * target whose least LEN width is only bracketed, [4, 6] (docs/limitations.md).
 */
const C3_IN_AND_OUT = generateGroup(
  [
    {
      input: matrix([
        [0, -1],
        [1, -1],
      ]),
      output: matrix([
        [0, -1],
        [1, -1],
      ]),
    },
  ],
  { name: 'C3 in and out' },
);
const C3_INTERVAL_TARGET: Network = {
  inputDim: 2,
  outputDim: 2,
  channels: [
    [
      [0, -2],
      [1, 3],
    ],
    [
      [-2, 2],
      [2, -1],
    ],
    [
      [2, 0],
      [-3, -2],
    ],
    [
      [0, 2],
      [-2, 1],
    ],
    [
      [2, -2],
      [3, 2],
    ],
    [
      [-2, 0],
      [-1, -3],
    ],
  ].map(([a, b]) => ({ alpha: a!.map((x) => q(x)), beta: b!.map((x) => q(x, 3)) })),
};

/** Networks Q^d -> Q^k of width <= maxWidth with integer weights in [-2, 2]. */
function smallIntegerNetworkArbitrary(
  d: number,
  k: number,
  maxWidth: number,
): fc.Arbitrary<Network> {
  const small = fc.integer({ min: -2, max: 2 });
  const channel = fc.record({
    alpha: fc.array(small, { minLength: d, maxLength: d }),
    beta: fc.array(small, { minLength: k, maxLength: k }),
  });
  return fc.array(channel, { maxLength: maxWidth }).map((chs) => ({
    inputDim: d,
    outputDim: k,
    channels: chs.map((c) => ({ alpha: c.alpha.map((x) => q(x)), beta: c.beta.map((x) => q(x)) })),
  }));
}

export {
  ch,
  net,
  FIGURE2,
  trivial,
  ODD,
  matrix,
  randomLen,
  C3_IN_AND_OUT,
  C3_INTERVAL_TARGET,
  smallIntegerNetworkArbitrary,
};
