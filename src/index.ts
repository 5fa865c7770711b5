/**
 * # symrelu, the library
 *
 * The public facade: one import for the exact objects and decisions of the paper (arXiv
 * 2512.09673), layer by layer as in docs/architecture.md. Every function here is exact (BigInt
 * rationals), never prints, and throws `InputError` for bad input. The fast-check arbitraries
 * for users' own conjectures are a separate entry point, `symrelu/arbitraries`.
 *
 * @example
 *   import { presetGroup, parseNetwork, minimalLenWidth } from 'symrelu';
 *   const s = parseNetwork({ channels: [{ alpha: [1, 0], beta: [1] },
 *     { alpha: [0, -1], beta: [1] }, { alpha: [-1, 1], beta: [1] }] }, 'example');
 *   minimalLenWidth(s, presetGroup('klein4'), 'any'); // width 6, with a realising LEN
 */

export { Rational, q, ZeroDenominatorError } from './scalar/rational.ts';
export { InputError, parseRational } from './scalar/parseRational.ts';
export { rationalToLatex } from './scalar/rationalLatex.ts';

export {
  rank,
  rref,
  nullspace,
  solve,
  determinant,
  inverse,
  matMul,
  matVec,
  transpose,
} from './linalg/matrix.ts';
export type { Vector, Matrix, SolveResult } from './linalg/matrix.ts';

export { generateGroup, outputMatrix } from './group/matrixGroup.ts';
export type { GroupElement, MatrixGroup, GeneratorSpec } from './group/matrixGroup.ts';
export { presetGroup, PRESET_NAMES } from './group/presets.ts';
export { parseGroup } from './group/parseGroup.ts';
export { act, orbit, lineOrbit, lineNormal } from './group/action.ts';
export type { Action, Orbit } from './group/action.ts';

export { fromMatrices, toMatrices, width } from './network/network.ts';
export type { Channel, Network } from './network/network.ts';
export { parseNetwork, networkToJson } from './network/parseNetwork.ts';
export { evaluate, featureFunction } from './network/evaluate.ts';
export {
  canonicalForm,
  boundaryHyperplanes,
  canonicalFormsEqual,
} from './network/canonicalForm.ts';
export type { CanonicalForm, BoundaryHyperplane } from './network/canonicalForm.ts';
export { functionallyEqual } from './network/functionalEquality.ts';
export type { Equality } from './network/functionalEquality.ts';

export { isEquivariant } from './theory/equivariance/isEquivariant.ts';
export { isLayerwiseEquivariant } from './theory/equivariance/isLayerwiseEquivariant.ts';
export type {
  HiddenConvention,
  LayerwiseResult,
} from './theory/equivariance/isLayerwiseEquivariant.ts';
export { checkLayerwiseWitness } from './theory/equivariance/checkLayerwiseWitness.ts';
export { hyperplaneOrbits } from './theory/equivariance/hyperplaneOrbits.ts';
export { channelOrbits } from './theory/equivariance/channelOrbits.ts';
export { orbitTypes } from './theory/equivariance/orbitTypes.ts';
export { symmetrise } from './theory/equivariance/symmetrise.ts';
export { minimalGnWidth } from './theory/width/minimalGnWidth.ts';
export { minimalLenWidth } from './theory/width/minimalLenWidth.ts';
export { dimensionTable } from './theory/dimension/dimensionTable.ts';
export {
  lenParameterDimension,
  fixedSpaceDimension,
} from './theory/dimension/parameterDimension.ts';
export { functionalDimension } from './theory/dimension/functionalDimension.ts';

export { parseParametricNetwork, substituteParameters } from './parametric/parametricNetwork.ts';
export { deriveParametric } from './parametric/derivation.ts';
export { generalLenLayer } from './parametric/generalLayer.ts';

export { buildCertificate } from './certificate/buildCertificate.ts';
export { checkCertificate } from './certificate/checkCertificate.ts';
export type { Certificate } from './certificate/certificate.ts';
export { buildDerivation } from './latex/buildDerivation.ts';
export { compileLatex } from './latex/compileLatex.ts';
export { figureFiles } from './picture/figures.ts';
export { runSuite } from './lemmas/runSuite.ts';
