/**
 * # Property: the refined enlargement bound (merging hidden units on equal rays)
 *
 * Claim (MATH.md section 6, derived): an equivariant F of width m is a LEN of width at most
 * `sum_i |G| / |Stab(ray of alpha_i)|` (<= |G| m), realised by symmetrising and merging units on
 * the same open ray; for Example 5.1 this is 6.
 *
 * Inputs: GENs. Checked on `symmetrise(F, G, { merge: true })`: it computes F; its multiset of
 * channels is invariant (contragredient recomputed from rho_in), so it is a LEN; its width is at
 * most the bound, where `|G| / |Stab(ray)|` is the size of the orbit of alpha_i under the
 * recomputed contragredient action (a finite-order element fixing a ray fixes the vector); and
 * for Example 5.1 the width is exactly 6.
 */

import { matVec, isZeroVector } from '../../linalg/matrix.ts';
import { vectorKey } from '../../group/action.ts';
import type { MatrixGroup } from '../../group/matrixGroup.ts';
import type { Vector } from '../../linalg/matrix.ts';
import { functionallyEqual } from '../../network/functionalEquality.ts';
import { symmetrise } from '../../theory/equivariance/symmetrise.ts';
import type { GroupArbitraryOptions } from '../arbitraries/groupArbitrary.ts';
import {
  channelMultisetInvariant,
  trueContragredient,
} from '../arbitraries/equivarianceOracles.ts';
import { genArbitrary, type GenSample } from '../arbitraries/structuredNetworkArbitraries.ts';
import { expectThat, type Statement } from '../statement.ts';

function orbitSize(group: MatrixGroup, alpha: Vector): number {
  return new Set(group.elements.map((g) => vectorKey(matVec(trueContragredient(g), alpha)))).size;
}

function checkRefinedRayBound({ group, network, kind }: GenSample): void {
  const merged = symmetrise(network, group, { merge: true }).network;
  const bound = network.channels
    .filter((c) => !isZeroVector(c.alpha) && !isZeroVector(c.beta))
    .reduce((sum, c) => sum + orbitSize(group, c.alpha), 0);
  expectThat(functionallyEqual(merged, network).equal, 'the merged symmetrisation differs from F');
  expectThat(channelMultisetInvariant(group, merged), 'the merged symmetrisation is not a LEN');
  expectThat(
    merged.channels.length <= bound,
    `merged width ${merged.channels.length} exceeds the bound ${bound}`,
  );
  expectThat(bound <= group.elements.length * network.channels.length, 'the bound exceeds |G| m');
  if (kind === 'example5.1')
    expectThat(
      merged.channels.length === 6,
      `Example 5.1: merged width ${merged.channels.length}, not 6`,
    );
}

function refinedRayBoundStatement(groups: GroupArbitraryOptions = {}): Statement<GenSample> {
  return {
    name: 'refined-ray-bound',
    reference: 'MATH.md section 6, refined bound (derived)',
    claim:
      'an equivariant F is a LEN of width <= sum_i |G| / |Stab(ray of alpha_i)| <= |G| m ' +
      '(6 for Example 5.1)',
    arbitrary: genArbitrary(groups),
    check: checkRefinedRayBound,
  };
}

export { refinedRayBoundStatement, checkRefinedRayBound };
