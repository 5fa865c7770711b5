/**
 * A plausible but false conjecture: "every G-invariant network is a LEN", in its strongest
 * useful form: a G-invariant function computed by a network of width m is computed by a
 * layer-wise equivariant network (any hidden permutation action) of the same width m.
 *
 * Run it with `symrelu check examples/conjectures/invariantIsLen.ts`: it fails, and the shrunk
 * counterexample is an invariant network of width 5 on Q^3 whose least LEN width is 6, the
 * mechanism of Example 5.1 (docs/lemmas.md walks through the output).
 */

import { defineStatement, expectThat, genArbitrary } from 'symrelu/arbitraries';
import { minimalLenWidth } from 'symrelu';

export default defineStatement({
  name: 'invariant-network-is-len-of-same-width',
  reference: 'docs/lemmas.md (a false conjecture)',
  claim: 'a G-invariant network of width m computes a function that some LEN of width m computes',
  // Invariant targets built from hyperplane orbits or by symmetrisation; Example 5.1 itself is
  // left out, so that the shrinker has to find a counterexample on its own.
  arbitrary: genArbitrary({ outputs: ['trivial'], kinds: ['hyperplaneOrbit', 'symmetrised'] }),
  check: ({ group, network }) => {
    const len = minimalLenWidth(network, group, 'any');
    expectThat(len.member, 'the network is not invariant, so the generator is wrong');
    const least = len.exact ? len.width : len.lower;
    expectThat(
      least !== null && least <= network.channels.length,
      `width ${network.channels.length}, but every LEN computing the same function ` +
        `has width >= ${least}`,
    );
  },
});
