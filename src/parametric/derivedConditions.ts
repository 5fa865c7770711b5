/**
 * # Derived conditions on the parameters: boundary hyperplane, equivariance, LEN
 *
 * Defines, for a parametric network F and a case of parameter values to work within:
 *
 * - `boundaryHyperplaneConditions(F, n)`: the parameter values for which `n^perp` is a boundary
 *   hyperplane. By Theorem 4.2 that holds iff the channels on the line of n have a nonzero sum
 *   `sum beta_i |<alpha_i, v>|`, i.e. iff n's line carries a nonzero kink in the canonical form;
 *   n is passed to the case split as a probe channel so that "which channels lie on n's line" is
 *   decided exactly too.
 * - `equivarianceConditions(F, G)`: the values for which F is G-equivariant. For each generator
 *   g, `D_g(x) = F(rho_in(g) x) - rho_out(g) F(x)` is the network with channels
 *   `(rho_in(g)^T alpha_i, beta_i)` and `(alpha_i, -rho_out(g) beta_i)`; F is equivariant iff
 *   every `D_g` is the zero function, i.e. (MATH.md section 2) its canonical form has no line
 *   and its linear part vanishes: polynomial equations, solved by `restrictCase`.
 * - `layerwiseEquivarianceConditions(F, G)`: the values for which the given parametrisation is a
 *   LEN, i.e. (MATH.md section 3, derived) the multiset of pairs `(alpha_i, beta_i)` is invariant
 *   under `g.(alpha, beta) = (rho_in(g)^{-T} alpha, rho_out(g) beta)` for every generator. A
 *   backtracking search matches each channel i with a partner pi_g(i), adding the equations
 *   `alpha_{pi(i)} = g.alpha_i`, `beta_{pi(i)} = rho_out(g) beta_i`; every surviving branch is a
 *   case with its permutations as witness. The search is capped (`LEN_SEARCH_LIMIT` branches);
 *   when the cap is hit the answer says so instead of claiming completeness.
 *
 * The LEN criterion checks invariance under the generators; a permutation representation of the
 * whole group then exists by the derived equivalence of MATH.md section 3 (the generator
 * permutations found are witnesses of invariance, not necessarily a homomorphism).
 */

import { Rational } from '../scalar/rational.ts';
import { transpose, type Matrix } from '../linalg/matrix.ts';
import { outputMatrix, type MatrixGroup } from '../group/matrixGroup.ts';
import { Polynomial } from './polynomial.ts';
import type { ParametricNetwork } from './parametricNetwork.ts';
import { parametricCanonicalForm } from './parametricCanonicalForm.ts';
import {
  ZERO,
  inCase,
  mergeCases,
  restrictCase,
  rootCase,
  type ParameterCase,
} from './parameterCase.ts';

/** Largest number of partial matchings the LEN search explores before giving up. */
const LEN_SEARCH_LIMIT = 20_000;

function polyMatVec(m: Matrix, v: readonly Polynomial[]): Polynomial[] {
  return m.map((row) => row.reduce((acc, x, c) => acc.add(v[c]!.scale(x)), Polynomial.ZERO));
}

function restrictAll(cases: ParameterCase[], polys: Polynomial[]): ParameterCase[] {
  let out = cases;
  for (const p of polys) out = out.flatMap((c) => restrictCase(c, p, ZERO));
  return out;
}

function mergedCases(cases: ParameterCase[]): ParameterCase[] {
  return mergeCases(
    cases.map((c) => ({ case: c, payload: null })),
    () => '',
  ).map((x) => x.case);
}

/**
 * Where `normal^perp` is a boundary hyperplane of F (Theorem 4.2) and where it is not.
 * @returns two lists of disjoint cases covering `start`
 */
function boundaryHyperplaneConditions(
  net: ParametricNetwork,
  normal: readonly Rational[],
  start: ParameterCase = rootCase(net.parameters),
): { boundary: ParameterCase[]; notBoundary: ParameterCase[] } {
  const probe = normal.map((x) => Polynomial.constant(x));
  const split = parametricCanonicalForm(net, { start, probes: [probe], merge: false });
  return {
    boundary: mergedCases(split.filter((x) => x.form.probes[0] !== null).map((x) => x.case)),
    notBoundary: mergedCases(split.filter((x) => x.form.probes[0] === null).map((x) => x.case)),
  };
}

/** The network `x -> F(rho_in(g) x) - rho_out(g) F(x)`. */
function equivarianceDefect(
  net: ParametricNetwork,
  input: Matrix,
  output: Matrix,
): ParametricNetwork {
  const inputT = transpose(input);
  return {
    ...net,
    channels: [
      ...net.channels.map((c) => ({ alpha: polyMatVec(inputT, c.alpha), beta: c.beta })),
      ...net.channels.map((c) => ({
        alpha: c.alpha,
        beta: polyMatVec(output, c.beta).map((x) => x.neg()),
      })),
    ],
  };
}

/**
 * The cases (disjoint, within `start`) on which F is G-equivariant; empty when it never is.
 * @param group its generators are checked, which suffices
 */
function equivarianceConditions(
  net: ParametricNetwork,
  group: MatrixGroup,
  start: ParameterCase = rootCase(net.parameters),
): ParameterCase[] {
  let cases = [start];
  for (const g of group.generators) {
    const defect = equivarianceDefect(net, g.input, outputMatrix(g, net.outputDim));
    cases = cases.flatMap((c) =>
      parametricCanonicalForm(defect, { start: c, merge: false })
        .filter((x) => x.form.lines.length === 0)
        .flatMap((x) => restrictAll([x.case], x.form.linear.flat())),
    );
  }
  return mergedCases(cases);
}

interface LenCase {
  readonly case: ParameterCase;
  /** Per generator, the hidden permutation: channel i goes to `permutations[g][i]`. */
  readonly permutations: number[][];
}

/**
 * The cases on which the given parametrisation is a LEN, with the hidden permutation of each
 * generator as witness; `complete` is false when the search cap was hit (then more cases may
 * exist).
 */
function layerwiseEquivarianceConditions(
  net: ParametricNetwork,
  group: MatrixGroup,
  start: ParameterCase = rootCase(net.parameters),
): { cases: LenCase[]; complete: boolean } {
  const m = net.channels.length;
  let budget = LEN_SEARCH_LIMIT;
  let states: LenCase[] = [{ case: start, permutations: [] }];
  for (const g of group.generators) {
    const out = outputMatrix(g, net.outputDim);
    const images = net.channels.map((c) => ({
      alpha: polyMatVec(g.contragredient, c.alpha),
      beta: polyMatVec(out, c.beta),
    }));
    const next: LenCase[] = [];
    const extend = (
      prefix: number[][],
      c: ParameterCase,
      perm: number[],
      used: Set<number>,
    ): void => {
      if (budget-- <= 0) return;
      const i = perm.length;
      if (i === m) {
        next.push({ case: c, permutations: [...prefix, perm] });
        return;
      }
      const equationsFor = (j: number): Polynomial[] => {
        const target = net.channels[j]!;
        return [
          ...images[i]!.alpha.map((x, r) => target.alpha[r]!.sub(x)),
          ...images[i]!.beta.map((x, r) => target.beta[r]!.sub(x)),
        ];
      };
      // Exchange argument: if j is a partner of i identically, some matching uses i -> j
      // wherever any matching exists, so the other choices add no parameter values.
      const free = [...Array(m).keys()].find(
        (j) => !used.has(j) && equationsFor(j).every((e) => inCase(c, e).isZero()),
      );
      const candidates = free === undefined ? [...Array(m).keys()] : [free];
      for (const j of candidates) {
        if (used.has(j)) continue;
        const equations = equationsFor(j);
        for (const sub of restrictAll([c], equations)) {
          used.add(j);
          extend(prefix, sub, [...perm, j], used);
          used.delete(j);
        }
      }
    };
    for (const s of states) extend(s.permutations, s.case, [], new Set());
    states = next;
  }
  const merged = mergeCases(
    states.map((s) => ({ case: s.case, payload: s.permutations })),
    (p) => JSON.stringify(p),
  );
  return {
    cases: merged.map((x) => ({ case: x.case, permutations: x.payload })),
    complete: budget > 0,
  };
}

export {
  boundaryHyperplaneConditions,
  equivarianceConditions,
  layerwiseEquivarianceConditions,
  equivarianceDefect,
  LEN_SEARCH_LIMIT,
};
export type { LenCase };
