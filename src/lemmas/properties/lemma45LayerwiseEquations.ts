/**
 * # Property: the two forms of layer-wise equivariance agree (Lemma 4.5-type fact)
 *
 * Claim (MATH.md section 1, derived): for a permutation pi_g of the hidden units
 * (`P_g e_i = e_{pi_g(i)}`),
 *
 *     A rho_in(g) = P_g A  and  B P_g = rho_out(g) B
 *     iff  alpha_{pi_g(i)} = rho_in(g)^{-T} alpha_i  and  beta_{pi_g(i)} = rho_out(g) beta_i.
 *
 * The left side is checked with matrix products, the right side channel by channel with the
 * contragredient recomputed from `rho_in` (never the stored field). Inputs: LENs with their own
 * hidden permutations (both sides must hold), and random networks on the same group with random
 * permutations (mostly neither side holds; both must agree).
 */

import fc from 'fast-check';
import { matMul, matricesEqual, matVec, vectorsEqual, type Matrix } from '../../linalg/matrix.ts';
import { outputMatrix, type MatrixGroup } from '../../group/matrixGroup.ts';
import { permutationMatrix } from '../../group/presets.ts';
import { toMatrices, type Network } from '../../network/network.ts';
import type { GroupArbitraryOptions } from '../arbitraries/groupArbitrary.ts';
import { trueContragredient } from '../arbitraries/equivarianceOracles.ts';
import { networkArbitrary } from '../arbitraries/networkArbitrary.ts';
import { lenArbitrary } from '../arbitraries/structuredNetworkArbitraries.ts';
import { expectThat, type Statement } from '../statement.ts';

interface LayerwiseInput {
  readonly group: MatrixGroup;
  readonly network: Network;
  /** `permutations[e]`: images of the hidden units under element e of the group. */
  readonly permutations: number[][];
  readonly isLenSample: boolean;
}

/** `A rho_in(g) = P_g A` and `B P_g = rho_out(g) B` for element e. */
function matrixEquationsHold(group: MatrixGroup, net: Network, e: number, pi: number[]): boolean {
  const g = group.elements[e]!;
  if (pi.length !== net.channels.length || new Set(pi).size !== pi.length || pi.some((j) => j < 0))
    return false;
  if (pi.length === 0) return true;
  const { A, B } = toMatrices(net);
  const p: Matrix = permutationMatrix(pi);
  return (
    matricesEqual(matMul(A, g.input), matMul(p, A)) &&
    matricesEqual(matMul(B, p), matMul(outputMatrix(g, net.outputDim), B))
  );
}

function channelEquationsHold(group: MatrixGroup, net: Network, e: number, pi: number[]): boolean {
  const g = group.elements[e]!;
  if (pi.length !== net.channels.length || new Set(pi).size !== pi.length || pi.some((j) => j < 0))
    return false;
  const ct = trueContragredient(g);
  const out = outputMatrix(g, net.outputDim);
  return net.channels.every((c, i) => {
    const image = net.channels[pi[i]!]!;
    return (
      vectorsEqual(image.alpha, matVec(ct, c.alpha)) &&
      vectorsEqual(image.beta, matVec(out, c.beta))
    );
  });
}

function checkLemma45(input: LayerwiseInput): void {
  input.permutations.forEach((pi, e) => {
    const matrices = matrixEquationsHold(input.group, input.network, e, pi);
    const channels = channelEquationsHold(input.group, input.network, e, pi);
    expectThat(
      matrices === channels,
      `element ${e}: matrix equations ${matrices}, channel equations ${channels}`,
    );
    if (input.isLenSample)
      expectThat(
        matrices,
        `element ${e}: the generated LEN fails A rho_in(g) = P_g A, B P_g = rho_out(g) B`,
      );
  });
}

function randomPermutationInputs(groups: GroupArbitraryOptions): fc.Arbitrary<LayerwiseInput> {
  return lenArbitrary(groups).chain(({ group, network }) =>
    fc
      .tuple(
        networkArbitrary(group.inputDim, network.outputDim, { maxWidth: 3, maxHardCases: 1 }),
        fc.boolean(),
      )
      .chain(([other, keep]) => {
        const net = keep ? network : other;
        const m = net.channels.length;
        const ids = Array.from({ length: m }, (_, i) => i);
        return fc
          .array(fc.shuffledSubarray(ids, { minLength: m, maxLength: m }), {
            minLength: group.elements.length,
            maxLength: group.elements.length,
          })
          .map((permutations) => ({ group, network: net, permutations, isLenSample: false }));
      }),
  );
}

function lemma45Statement(groups: GroupArbitraryOptions = {}): Statement<LayerwiseInput> {
  const lens = lenArbitrary(groups).map((s) => ({ ...s, isLenSample: true }));
  return {
    name: 'lemma-4.5',
    reference: 'MATH.md section 1, LEN (Lemma 4.5-type fact, derived)',
    claim:
      'A rho_in(g) = P_g A and B P_g = rho_out(g) B iff ' +
      'alpha_{pi(i)} = rho_in(g)^{-T} alpha_i and ' +
      'beta_{pi(i)} = rho_out(g) beta_i',
    arbitrary: fc.oneof(lens, randomPermutationInputs(groups)),
    check: checkLemma45,
  };
}

export { lemma45Statement, matrixEquationsHold, channelEquationsHold };
export type { LayerwiseInput };
