/** Networks and groups shared by the equivariance tests (not a test file itself). */

import { Rational, q } from '../../../src/scalar/rational.ts';
import { parseRational } from '../../../src/scalar/parseRational.ts';
import { generateGroup, type MatrixGroup } from '../../../src/group/matrixGroup.ts';
import type { Network } from '../../../src/network/network.ts';

type Num = number | string;

const r = (x: Num): Rational => (typeof x === 'number' ? q(x) : parseRational(x, 'test'));
const vec = (xs: readonly Num[]): Rational[] => xs.map(r);
const mat = (rows: readonly (readonly Num[])[]): Rational[][] => rows.map(vec);

/** A network from `[alpha, beta]` pairs. */
function net(channels: readonly [readonly Num[], readonly Num[]][]): Network {
  const cs = channels.map(([a, b]) => ({ alpha: vec(a), beta: vec(b) }));
  return { inputDim: cs[0]!.alpha.length, outputDim: cs[0]!.beta.length, channels: cs };
}

/** A network as plain strings, for exact comparison of results. */
function show(n: Network): [string[], string[]][] {
  return n.channels.map((c) => [c.alpha.map(String), c.beta.map(String)]);
}

function group(gens: { input: Num[][]; output?: Num[][] }[], name = 'G'): MatrixGroup {
  return generateGroup(
    gens.map((g) => ({ input: mat(g.input), output: g.output ? mat(g.output) : null })),
    { name },
  );
}

/** Example 5.1 target s(a,b) = relu(a) + relu(-b) + relu(b - a). */
const FIGURE2 = net([
  [[1, 0], [1]],
  [[0, -1], [1]],
  [[-1, 1], [1]],
]);

/** C_3 by R = [[0,-1],[1,-1]] and by its transpose: different contragredient actions. */
const R = [
  [0, -1],
  [1, -1],
];
const RT = [
  [0, 1],
  [-1, -1],
];

/** An order-2 rational group whose contragredient action does not keep primitive vectors. */
const STRETCH_SWAP = [
  [0, 2],
  ['1/2', 0],
];

export { r, vec, mat, net, show, group, FIGURE2, R, RT, STRETCH_SWAP };
