/**
 * # symrelu/arbitraries: the public generators for property tests and conjectures
 *
 * The fast-check arbitraries symrelu tests its own lemmas with, published so that users can
 * state and run their own conjectures (`symrelu check FILE`, docs/lemmas.md):
 * - scalars: `rationalArbitrary`, `vectorArbitrary`, `matrixArbitrary`,
 *   `invertibleMatrixArbitrary` (and nonzero / positive variants);
 * - groups: `groupArbitrary` (subgroups of B_d, their non-orthogonal conjugates, S_n and C_n,
 *   named groups; trivial, sign and permutation output actions), `isOrthogonalGroup`,
 *   `withTransposedContragredient` (a planted bug, for testing tests);
 * - networks: `networkArbitrary`, `anyNetworkArbitrary` (with duplicate, parallel, opposite, zero
 *   and cancelling channels), `equalNetworkPairArbitrary` (two parametrisations of one function);
 * - equivariant networks: `genArbitrary` (GENs: symmetrised, from hyperplane orbits, Example 5.1)
 *   and `lenArbitrary` (LENs with random orbit types G/H and their hidden permutations);
 * - oracles written from the definitions: `equivarianceWitness`, `symmetrisedNetwork`,
 *   `channelMultisetInvariant`, `channelPermutations`, `precomposeInput`, `postcomposeOutput`;
 * - statements: `defineStatement`, `expectThat`, `StatementFailure`, and `fc` itself, so a
 *   conjecture file needs no other import for its generators.
 *
 * @example
 *   import { defineStatement, lenArbitrary, equivarianceWitness } from 'symrelu/arbitraries';
 *   export default defineStatement({
 *     name: 'len-is-gen', reference: 'my notes', claim: 'every LEN is equivariant',
 *     arbitrary: lenArbitrary(),
 *     check: ({ group, network }) => equivarianceWitness(group, network) === null,
 *   });
 */

import fc from 'fast-check';

export { fc };
export {
  rationalArbitrary,
  nonzeroRationalArbitrary,
  positiveRationalArbitrary,
  vectorArbitrary,
  nonzeroVectorArbitrary,
  matrixArbitrary,
  invertibleMatrixArbitrary,
} from './rationalArbitraries.ts';
export {
  groupArbitrary,
  isOrthogonalGroup,
  withTransposedContragredient,
} from './groupArbitrary.ts';
export type { GroupArbitraryOptions, OutputAction } from './groupArbitrary.ts';
export {
  networkArbitrary,
  anyNetworkArbitrary,
  equalNetworkPairArbitrary,
} from './networkArbitrary.ts';
export type { HardCase, NetworkArbitraryOptions } from './networkArbitrary.ts';
export { genArbitrary, lenArbitrary } from './structuredNetworkArbitraries.ts';
export type {
  GenKind,
  GenSample,
  LenSample,
  EquivariantSample,
} from './structuredNetworkArbitraries.ts';
export {
  precomposeInput,
  postcomposeOutput,
  equivarianceWitness,
  symmetrisedNetwork,
  channelPermutations,
  channelMultisetInvariant,
} from './equivarianceOracles.ts';
export type { EquivarianceFailure } from './equivarianceOracles.ts';
export { defineStatement, expectThat, StatementFailure } from '../statement.ts';
export type { Statement } from '../statement.ts';
