/**
 * Small targets and groups shared by the width and certificate tests.
 */

import { q } from '../../../src/scalar/rational.ts';
import { generateGroup } from '../../../src/group/matrixGroup.ts';
import type { Network } from '../../../src/network/network.ts';

const ch = (alpha: number[], beta: number[]) => ({
  alpha: alpha.map((x) => q(x)),
  beta: beta.map((x) => q(x)),
});

function net(d: number, k: number, channels: [number[], number[]][]): Network {
  return { inputDim: d, outputDim: k, channels: channels.map(([a, b]) => ch(a, b)) };
}

/** Example 5.1: s(a,b) = relu(a) + relu(-b) + relu(b - a). */
const FIGURE2 = net(2, 1, [
  [[1, 0], [1]],
  [[0, -1], [1]],
  [[-1, 1], [1]],
]);

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

export { ch, net, FIGURE2, trivial, ODD, matrix };
