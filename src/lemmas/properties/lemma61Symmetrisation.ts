/**
 * # Property: Lemma 6.1 (symmetrisation gives a LEN, equal to F when F is equivariant)
 *
 * Claim (MATH.md section 6, derived form): for F of width m,
 * `F^G(x) = (1/|G|) sum_h rho_out(h)^{-1} F(rho_in(h) x)` is a LEN of width |G| m (regular hidden
 * action on the G factor), and F^G = F when F is equivariant; so `GEN_m ⊆ LEN_{|G| m}`.
 *
 * Inputs: random networks on random groups, and GENs. Checked: `symmetrise` (the product) has
 * width |G| m and computes the same function as the definition above written out here
 * (`symmetrisedNetwork`); its multiset of channels is invariant with the contragredient
 * recomputed from rho_in; it is equivariant by the independent oracle; its `inputEquivariant`
 * flag agrees with the oracle on F; and for equivariant F it equals F.
 */

import fc from 'fast-check';
import { canonicalForm, canonicalFormsEqual } from '../../network/canonicalForm.ts';
import { functionallyEqual } from '../../network/functionalEquality.ts';
import type { MatrixGroup } from '../../group/matrixGroup.ts';
import type { Network } from '../../network/network.ts';
import { symmetrise } from '../../theory/equivariance/symmetrise.ts';
import { groupArbitrary, type GroupArbitraryOptions } from '../arbitraries/groupArbitrary.ts';
import {
  channelMultisetInvariant,
  equivarianceWitness,
  symmetrisedNetwork,
} from '../arbitraries/equivarianceOracles.ts';
import { networkArbitrary } from '../arbitraries/networkArbitrary.ts';
import { genArbitrary } from '../arbitraries/structuredNetworkArbitraries.ts';
import { expectThat, type Statement } from '../statement.ts';

interface SymmetrisationInput {
  readonly group: MatrixGroup;
  readonly network: Network;
}

function checkLemma61({ group, network }: SymmetrisationInput): void {
  const order = group.elements.length;
  const result = symmetrise(network, group);
  const fg = result.network;
  expectThat(
    fg.channels.length === order * network.channels.length,
    `width ${fg.channels.length}, expected |G| m = ${order * network.channels.length}`,
  );
  expectThat(
    canonicalFormsEqual(canonicalForm(fg), canonicalForm(symmetrisedNetwork(group, network))),
    'symmetrise differs from (1/|G|) sum_h rho_out(h)^{-1} F(rho_in(h) x)',
  );
  expectThat(
    channelMultisetInvariant(group, fg),
    'F^G is not a LEN: its multiset of channels is not invariant',
  );
  expectThat(equivarianceWitness(group, fg) === null, 'F^G is not equivariant');
  const equivariant = equivarianceWitness(group, network) === null;
  expectThat(
    result.inputEquivariant === equivariant,
    `symmetrise reports inputEquivariant=${result.inputEquivariant}, the oracle ${equivariant}`,
  );
  if (equivariant)
    expectThat(functionallyEqual(fg, network).equal, 'F is equivariant but F^G differs from F');
}

function lemma61Statement(groups: GroupArbitraryOptions = {}): Statement<SymmetrisationInput> {
  const random = groupArbitrary(groups).chain((group) =>
    networkArbitrary(group.inputDim, group.outputDim ?? 1, { maxWidth: 3, maxHardCases: 1 }).map(
      (network) => ({ group, network }),
    ),
  );
  const gens = genArbitrary({ ...groups, kinds: ['example5.1', 'hyperplaneOrbit'] }).map(
    ({ group, network }) => ({ group, network }),
  );
  return {
    name: 'lemma-6.1',
    reference: 'MATH.md section 6, Lemma 6.1 (derived form)',
    claim: 'F^G is a LEN of width |G| m, equivariant, and equal to F when F is equivariant',
    arbitrary: fc.oneof(random, gens),
    check: checkLemma61,
  };
}

export { lemma61Statement, checkLemma61 };
export type { SymmetrisationInput };
