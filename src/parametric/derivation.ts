/**
 * # The derivation for a parametric network: case split plus derived conditions
 *
 * Defines `deriveParametric(F, G)`, what `symrelu derive` computes:
 *
 * 1. the canonical form as a case split (`parametricCanonicalForm`), each case with a rational
 *    sample point when one is found (a witness that the case is nonempty, checked exactly) and
 *    otherwise marked as kept with feasibility undecided;
 * 2. per queried hyperplane (the given ones, and by default every parameter-free boundary
 *    hyperplane that occurs in some case), where it is a boundary hyperplane (Theorem 4.2),
 *    listed in `canonicalForm`'s order of normals (`compareVectors`);
 * 3. per case, when a group is given, the cases on which F is G-equivariant and those on which
 *    the parametrisation is a LEN (with hidden permutations as witnesses), and for a case where
 *    a property fails at the sample point, a concrete witness there: a point x and generator g
 *    with `F(rho_in(g) x) != rho_out(g) F(x)`, or a channel whose image under g has no partner;
 * 4. the overall answers: the union of the per-case conditions, merged.
 *
 * The concrete witnesses are computed on the substituted, non-parametric network with the exact
 * core (`functionallyEqual`), independently of the parametric algebra.
 */

import { Rational } from '../scalar/rational.ts';
import { matVec, transpose, vectorsEqual, type Vector } from '../linalg/matrix.ts';
import { outputMatrix, type MatrixGroup } from '../group/matrixGroup.ts';
import type { Network } from '../network/network.ts';
import { functionallyEqual } from '../network/functionalEquality.ts';
import { compareVectors } from '../network/canonicalForm.ts';
import { parametricCanonicalForm, type ParametricForm } from './parametricCanonicalForm.ts';
import {
  boundaryHyperplaneConditions,
  equivarianceConditions,
  layerwiseEquivarianceConditions,
  type LenCase,
} from './derivedConditions.ts';
import { caseKey, mergeCases, rootCase, sampleCase, type ParameterCase } from './parameterCase.ts';
import { substituteParameters, type ParametricNetwork } from './parametricNetwork.ts';
import { lineNormal } from '../group/action.ts';

type Point = Map<string, Rational>;

type EquivarianceWitness =
  | { readonly equivariant: true }
  | {
      readonly equivariant: false;
      readonly generator: number;
      readonly x: Rational[];
      readonly left: Rational[];
      readonly right: Rational[];
    };

type LenWitness =
  | { readonly len: true; readonly permutations: number[][] }
  | { readonly len: false; readonly generator: number; readonly channel: number };

interface DerivedCase {
  readonly case: ParameterCase;
  readonly form: ParametricForm;
  /** A rational point of the case, or null when none was found (feasibility undecided). */
  readonly sample: Point | null;
  readonly equivariance: ParameterCase[] | null;
  readonly len: { cases: LenCase[]; complete: boolean } | null;
  /** At the sample point, checked on the substituted network. */
  readonly equivarianceAtSample: EquivarianceWitness | null;
  readonly lenAtSample: LenWitness | null;
}

interface HyperplaneQuery {
  readonly normal: Rational[];
  readonly boundary: ParameterCase[];
  readonly notBoundary: ParameterCase[];
}

interface Derivation {
  readonly network: ParametricNetwork;
  readonly group: MatrixGroup | null;
  readonly cases: DerivedCase[];
  readonly hyperplanes: HyperplaneQuery[];
  /** Union over cases where F is G-equivariant (null without a group). */
  readonly equivariant: ParameterCase[] | null;
  /** Witness cases (may overlap) and their union merged ignoring witnesses. */
  readonly len: { cases: LenCase[]; condition: ParameterCase[]; complete: boolean } | null;
}

/** Exact check on an ordinary network: the first generator g and point x breaking equivariance. */
function equivarianceWitness(net: Network, group: MatrixGroup): EquivarianceWitness {
  for (let gi = 0; gi < group.generators.length; gi++) {
    const g = group.generators[gi]!;
    const inputT = transpose(g.input);
    const out = outputMatrix(g, net.outputDim);
    const moved: Network = {
      ...net,
      channels: net.channels.map((c) => ({ alpha: matVec(inputT, c.alpha), beta: c.beta })),
    };
    const turned: Network = {
      ...net,
      channels: net.channels.map((c) => ({ alpha: c.alpha, beta: matVec(out, c.beta) })),
    };
    const result = functionallyEqual(moved, turned);
    if (!result.equal) return { equivariant: false, generator: gi, ...result.witness };
  }
  return { equivariant: true };
}

/** Exact check that the multiset of (alpha, beta) is invariant under each generator. */
function lenWitness(net: Network, group: MatrixGroup): LenWitness {
  const permutations: number[][] = [];
  for (let gi = 0; gi < group.generators.length; gi++) {
    const g = group.generators[gi]!;
    const out = outputMatrix(g, net.outputDim);
    const used = new Set<number>();
    const perm: number[] = [];
    for (let i = 0; i < net.channels.length; i++) {
      const a: Vector = matVec(g.contragredient, net.channels[i]!.alpha);
      const b: Vector = matVec(out, net.channels[i]!.beta);
      const j = net.channels.findIndex(
        (c, x) => !used.has(x) && vectorsEqual(c.alpha, a) && vectorsEqual(c.beta, b),
      );
      if (j < 0) return { len: false, generator: gi, channel: i };
      used.add(j);
      perm.push(j);
    }
    permutations.push(perm);
  }
  return { len: true, permutations };
}

function constantNormals(forms: readonly ParametricForm[]): Rational[][] {
  const seen = new Map<string, Rational[]>();
  for (const f of forms) {
    for (const l of f.lines) {
      const values = l.normal.map((x) => x.constantValue());
      if (values.some((x) => x === null)) continue;
      const n = lineNormal(values as Rational[]);
      seen.set(n.join(','), n);
    }
  }
  return [...seen.values()];
}

function mergedUnion(cases: ParameterCase[]): ParameterCase[] {
  return mergeCases(
    cases.map((c) => ({ case: c, payload: null })),
    () => '',
  ).map((x) => x.case);
}

/**
 * The union of per-case answers. The cases of the split cover every parameter value, so when
 * each answer is its whole case the union is everything; otherwise the answers are merged.
 */
function unionOverSplit(
  net: ParametricNetwork,
  cases: readonly DerivedCase[],
  answer: (c: DerivedCase) => ParameterCase[],
): ParameterCase[] {
  const whole = cases.every((c) => {
    const found = answer(c);
    return found.length === 1 && caseKey(found[0]!) === caseKey(c.case);
  });
  return whole ? [rootCase(net.parameters)] : mergedUnion(cases.flatMap(answer));
}

/**
 * The full derivation for a parametric network: case split, hyperplanes, equivariance, LEN.
 * @param net the parametric network
 * @param group G, or null for the case split and hyperplanes only
 * @param hyperplanes normals to ask about in addition to the parameter-free boundary ones
 * @param onProgress called before each case is worked on (the CLI shows it on a terminal)
 */
function deriveParametric(
  net: ParametricNetwork,
  group: MatrixGroup | null,
  hyperplanes: readonly Rational[][] = [],
  onProgress: (done: number, total: number) => void = () => {},
): Derivation {
  const split = parametricCanonicalForm(net);
  const cases: DerivedCase[] = split.map(({ case: c, form }, index) => {
    onProgress(index, split.length);
    const sample = sampleCase(c)[0] ?? null;
    const concrete = sample && substituteParameters(net, sample);
    return {
      case: c,
      form,
      sample,
      equivariance: group && equivarianceConditions(net, group, c),
      len: group && layerwiseEquivarianceConditions(net, group, c),
      equivarianceAtSample: group && concrete && equivarianceWitness(concrete, group),
      lenAtSample: group && concrete && lenWitness(concrete, group),
    };
  });
  onProgress(split.length, split.length);
  const normals = new Map<string, Rational[]>();
  for (const n of [
    ...hyperplanes.map((h) => lineNormal(h)),
    ...constantNormals(split.map((s) => s.form)),
  ]) {
    normals.set(n.join(','), n);
  }
  const queries = [...normals.values()].sort(compareVectors).map((normal) => ({
    normal,
    ...boundaryHyperplaneConditions(net, normal),
  }));
  const lenCases = cases.flatMap((c) => c.len?.cases ?? []);
  const lenMerged = mergeCases(
    lenCases.map((x) => ({ case: x.case, payload: x.permutations })),
    (p) => JSON.stringify(p),
  ).map((x) => ({ case: x.case, permutations: x.payload }));
  return {
    network: net,
    group,
    cases,
    hyperplanes: queries,
    equivariant: group && unionOverSplit(net, cases, (c) => c.equivariance ?? []),
    len: group && {
      cases: lenMerged,
      condition: unionOverSplit(net, cases, (c) => (c.len?.cases ?? []).map((x) => x.case)),
      complete: cases.every((c) => c.len?.complete ?? true),
    },
  };
}

export { deriveParametric, equivarianceWitness, lenWitness };
export type { Derivation, DerivedCase, HyperplaneQuery, EquivarianceWitness, LenWitness };
