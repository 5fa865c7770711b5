/**
 * # Property: the feature function (Figure 2)
 *
 * Claim (MATH.md section 2): `Phi_F(x) = sum_i beta_i [<alpha_i, x> > 0] alpha_i^T` satisfies
 * `F(x) = Phi_F(x) x` at every x, and jumps exactly across the boundary hyperplanes: at a generic
 * point of a channel hyperplane n^perp, `Phi_F(x0 + eps n) != Phi_F(x0 - eps n)` iff n^perp is a
 * boundary hyperplane. (The jump is `2 c_l n^T`, which vanishes when the kink does, e.g. for a
 * pair `relu(<u,x>) - relu(<-u,x>)`.)
 */

import fc from 'fast-check';
import {
  addVectors,
  isZeroVector,
  matVec,
  matricesEqual,
  scaleVector,
  subVectors,
  vectorsEqual,
  type Vector,
} from '../../linalg/matrix.ts';
import { lineNormal } from '../../group/action.ts';
import { boundaryHyperplanes } from '../../network/canonicalForm.ts';
import { evaluate, featureFunction } from '../../network/evaluate.ts';
import type { Network } from '../../network/network.ts';
import { anyNetworkArbitrary } from '../arbitraries/networkArbitrary.ts';
import { vectorArbitrary } from '../arbitraries/rationalArbitraries.ts';
import { expectThat, type Statement } from '../statement.ts';
import { slopesAcross } from './slopeOracle.ts';

interface FeatureInput {
  readonly network: Network;
  readonly points: Vector[];
}

function checkFeatureFunction({ network, points }: FeatureInput): void {
  for (const x of points) {
    expectThat(
      vectorsEqual(matVec(featureFunction(network, x), x), evaluate(network, x)),
      () => `F(x) != Phi_F(x) x at x = (${x.join(',')})`,
    );
  }
  const boundary = new Set(boundaryHyperplanes(network).map((h) => h.normal.join(',')));
  for (const c of network.channels) {
    if (isZeroVector(c.alpha)) continue;
    const n = lineNormal(c.alpha);
    const { point, eps } = slopesAcross(network, n);
    const step = scaleVector(n, eps);
    const jumps = !matricesEqual(
      featureFunction(network, addVectors(point, step)),
      featureFunction(network, subVectors(point, step)),
    );
    expectThat(
      jumps === boundary.has(n.join(',')),
      () => `Phi_F ${jumps ? 'jumps' : 'does not jump'} across (${n.join(',')})^perp`,
    );
  }
}

function featureFunctionStatement(): Statement<FeatureInput> {
  return {
    name: 'feature-function',
    reference: 'MATH.md section 2, feature function (Figure 2)',
    claim: 'F(x) = Phi_F(x) x, and Phi_F jumps exactly across the boundary hyperplanes',
    arbitrary: anyNetworkArbitrary().chain((network) =>
      fc
        .array(vectorArbitrary(network.inputDim), { minLength: 1, maxLength: 4 })
        .map((points) => ({ network, points })),
    ),
    check: checkFeatureFunction,
  };
}

export { featureFunctionStatement, checkFeatureFunction };
