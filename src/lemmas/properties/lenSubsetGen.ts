/**
 * # Property: LEN ⊆ GEN, and checking generators suffices
 *
 * Claim (MATH.md section 1): a layer-wise equivariant network is equivariant as a function,
 * `F(rho_in(g) x) = rho_out(g) F(x)`; and equivariance on the generators implies it on every
 * element. Inputs: LENs with random orbit types. Checked: the independent oracle (canonical forms
 * of `F o rho_in(g)` and `rho_out(g) F`, from the input matrices only) finds no failing
 * generator; the same holds for every element of G; `isEquivariant` agrees and its "no" witness,
 * if any, is a real difference.
 */

import { vectorsEqual, matVec } from '../../linalg/matrix.ts';
import { outputMatrix } from '../../group/matrixGroup.ts';
import { evaluate } from '../../network/evaluate.ts';
import { functionallyEqual } from '../../network/functionalEquality.ts';
import { isEquivariant } from '../../theory/equivariance/isEquivariant.ts';
import type { GroupArbitraryOptions } from '../arbitraries/groupArbitrary.ts';
import {
  equivarianceWitness,
  postcomposeOutput,
  precomposeInput,
} from '../arbitraries/equivarianceOracles.ts';
import { lenArbitrary, type LenSample } from '../arbitraries/structuredNetworkArbitraries.ts';
import { expectThat, type Statement } from '../statement.ts';

function checkLenSubsetGen({ group, network }: LenSample): void {
  const failure = equivarianceWitness(group, network);
  expectThat(
    failure === null,
    () =>
      `a LEN that is not equivariant: generator ${failure!.generator} ` +
      `at x = (${failure!.x.join(',')}) gives (${failure!.left.join(',')}) ` +
      `vs (${failure!.right.join(',')})`,
  );
  for (const [e, g] of group.elements.entries()) {
    const same = functionallyEqual(
      precomposeInput(network, g.input),
      postcomposeOutput(network, outputMatrix(g, network.outputDim)),
    );
    expectThat(same.equal, `equivariant on generators but not for element ${e}`);
  }
  const answer = isEquivariant(network, group);
  expectThat(answer.equivariant, 'isEquivariant rejects a LEN');
  if (!answer.equivariant) {
    const { generator, x } = answer.witness;
    const g = group.generators[generator]!;
    const left = evaluate(network, matVec(g.input, x));
    const right = matVec(outputMatrix(g, network.outputDim), evaluate(network, x));
    expectThat(!vectorsEqual(left, right), 'isEquivariant gave a witness that does not differ');
  }
}

function lenSubsetGenStatement(groups: GroupArbitraryOptions = {}): Statement<LenSample> {
  return {
    name: 'len-subset-gen',
    reference: 'MATH.md section 1, LEN_m ⊆ GEN_m ⊆ GN_m',
    claim: 'every LEN is G-equivariant as a function, on every element of G',
    arbitrary: lenArbitrary(groups),
    check: checkLenSubsetGen,
  };
}

export { lenSubsetGenStatement, checkLenSubsetGen };
