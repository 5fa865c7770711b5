/**
 * The target of Example 5.1 (the paper's Figure 2 network),
 * `s(a, b) = relu(a) + relu(-b) + relu(b - a)`, shared by the tests that need it as a value.
 */
import { q } from '../../src/scalar/rational.ts';
import type { Network } from '../../src/network/network.ts';

const EXAMPLE_5_1_TARGET: Network = {
  inputDim: 2,
  outputDim: 1,
  channels: [
    [[1, 0], [1]],
    [[0, -1], [1]],
    [[-1, 1], [1]],
  ].map(([alpha, beta]) => ({ alpha: alpha!.map((x) => q(x)), beta: beta!.map((x) => q(x)) })),
};

export { EXAMPLE_5_1_TARGET };
