/**
 * # Property: Theorem 4.6 (a LEN has a G-invariant multiset of channels), and LEN recognition
 *
 * Claim (MATH.md section 3, derived form): if F is a LEN, the multiset of pairs
 * (channel vector, output weight) is invariant under
 * `g.(alpha, beta) = (rho_in(g)^{-T} alpha, rho_out(g) beta)`; conversely (derived) a
 * parametrisation whose multiset is invariant is a LEN, with the hidden permutations as witness.
 *
 * Inputs: LENs with random orbit types G/H. Checked: the sample's own hidden permutations satisfy
 * the defining matrix equations (so the sample is a LEN); the multiset is invariant (independent
 * oracle, contragredient recomputed from rho_in); `isLayerwiseEquivariant` says yes and its
 * witness permutations, for every element, satisfy the matrix equations again. On random
 * networks (mostly not LENs) `isLayerwiseEquivariant` must agree with the multiset oracle.
 */

import fc from 'fast-check';
import { isLayerwiseEquivariant } from '../../theory/equivariance/isLayerwiseEquivariant.ts';
import type { MatrixGroup } from '../../group/matrixGroup.ts';
import type { Network } from '../../network/network.ts';
import type { GroupArbitraryOptions } from '../arbitraries/groupArbitrary.ts';
import { groupArbitrary } from '../arbitraries/groupArbitrary.ts';
import { channelMultisetInvariant } from '../arbitraries/equivarianceOracles.ts';
import { networkArbitrary } from '../arbitraries/networkArbitrary.ts';
import { lenArbitrary } from '../arbitraries/structuredNetworkArbitraries.ts';
import { expectThat, type Statement } from '../statement.ts';
import { matrixEquationsHold } from './lemma45LayerwiseEquations.ts';

interface ChannelSymmetryInput {
  readonly group: MatrixGroup;
  readonly network: Network;
  /** Hidden permutations per element when the input is a generated LEN, else null. */
  readonly permutations: number[][] | null;
}

function checkTheorem46({ group, network, permutations }: ChannelSymmetryInput): void {
  const invariant = channelMultisetInvariant(group, network);
  if (permutations) {
    permutations.forEach((pi, e) =>
      expectThat(
        matrixEquationsHold(group, network, e, pi),
        `element ${e}: the generated LEN fails its matrix equations`,
      ),
    );
    expectThat(invariant, 'a LEN whose multiset of (alpha, beta) is not invariant');
  }
  const answer = isLayerwiseEquivariant(network, group, 'any');
  expectThat(
    answer.layerwise === invariant,
    `isLayerwiseEquivariant says ${answer.layerwise}, the multiset oracle ${invariant}`,
  );
  if (answer.layerwise) {
    answer.elementPermutations.forEach((pi, e) =>
      expectThat(
        matrixEquationsHold(group, network, e, pi),
        `element ${e}: isLayerwiseEquivariant's permutation fails the matrix equations`,
      ),
    );
  }
}

function theorem46Statement(groups: GroupArbitraryOptions = {}): Statement<ChannelSymmetryInput> {
  const lens = lenArbitrary(groups);
  const random = groupArbitrary(groups).chain((group) =>
    networkArbitrary(group.inputDim, group.outputDim ?? 1, { maxWidth: 3 }).map((network) => ({
      group,
      network,
      permutations: null,
    })),
  );
  return {
    name: 'theorem-4.6',
    reference: 'MATH.md section 3, Theorem 4.6 (derived form) and LEN membership',
    claim:
      'a network is a LEN iff its multiset of (alpha, beta) is invariant under ' +
      '(rho_in(g)^{-T} alpha, rho_out(g) beta)',
    arbitrary: fc.oneof({ arbitrary: lens, weight: 3 }, { arbitrary: random, weight: 1 }),
    check: checkTheorem46,
  };
}

export { theorem46Statement, checkTheorem46 };
export type { ChannelSymmetryInput };
