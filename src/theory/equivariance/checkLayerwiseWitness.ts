/**
 * # Checking LEN answers from their witnesses alone
 *
 * Defines `checkLayerwiseWitness` and `checkLayerwiseFailure`, which re-check the answers of
 * `isLayerwiseEquivariant` without calling it (only its types are imported). MATH.md section 1
 * (definition of LEN), Theorem 4.6.
 *
 * A "yes" witness is checked against the definition itself:
 * - each generator's permutation `pi_g` is a bijection with `A rho_in(g) = P_g A` and
 *   `B P_g = rho_out(g) B`, read row by row as `rho_in(g)^T alpha_{pi_g(i)} = alpha_i` and
 *   `beta_{pi_g(i)} = rho_out(g) beta_i` (with `P_g e_i = e_{pi_g(i)}`; the transpose is used, so
 *   no contragredient matrix is trusted);
 * - the element permutations form a representation: the identity goes to the identity, each
 *   generator to its permutation, and `P_{g e} = P_g P_e` for every generator g and element e.
 *   Since the generators generate G, induction on word length gives `P_{h e} = P_h P_e` for all
 *   h, e: the permutations are a homomorphism, and the equations hold for every element;
 * - the orbits partition the units, each is one orbit of the action, and its stated stabiliser is
 *   the stabiliser of its first unit (only the identity, for the regular convention).
 *
 * A "no" is checked by counting: if the image `g.p` of a point p carries fewer units than p, no
 * `pi_g` can map the units at p injectively to those at `g.p`. For `regular`, the stabiliser of
 * p (recomputed here) acts freely on the units at p, so its order must divide their number.
 */

import { matVec, transpose, vectorsEqual, type Vector } from '../../linalg/matrix.ts';
import { outputMatrix, type MatrixGroup } from '../../group/matrixGroup.ts';
import type { Network } from '../../network/network.ts';
import { elementIndex } from '../../group/elementIndex.ts';
import type { CheckResult } from './checkEquivariance.ts';
import type {
  HiddenConvention,
  LayerwiseFailure,
  LayerwiseWitness,
} from './isLayerwiseEquivariant.ts';

const OK: CheckResult = { ok: true };
const fail = (reason: string): CheckResult => ({ ok: false, reason });

function isPermutation(p: readonly number[], m: number): boolean {
  if (p.length !== m) return false;
  const seen = new Set<number>();
  for (const x of p) {
    if (!Number.isInteger(x) || x < 0 || x >= m || seen.has(x)) return false;
    seen.add(x);
  }
  return true;
}

function samePermutation(a: readonly number[], b: readonly number[]): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}

/** Re-checks a LEN witness against `A rho_in(g) = P_g A`, `B P_g = rho_out(g) B`. */
function checkLayerwiseWitness(
  net: Network,
  group: MatrixGroup,
  witness: LayerwiseWitness,
): CheckResult {
  const m = net.channels.length;
  const k = net.outputDim;
  const { permutations, elementPermutations, orbits } = witness;
  if (permutations.length !== group.generators.length) return fail('one permutation per generator');

  for (let gi = 0; gi < permutations.length; gi++) {
    const pi = permutations[gi]!;
    if (!isPermutation(pi, m)) return fail(`generator ${gi}: not a permutation of ${m} units`);
    const g = group.generators[gi]!;
    const rt = transpose(g.input);
    const s = outputMatrix(g, k);
    for (let i = 0; i < m; i++) {
      const from = net.channels[i]!;
      const to = net.channels[pi[i]!]!;
      if (!vectorsEqual(matVec(rt, to.alpha), from.alpha)) {
        return fail(`generator ${gi}: A rho_in(g) != P_g A at unit ${i}`);
      }
      if (!vectorsEqual(to.beta, matVec(s, from.beta))) {
        return fail(`generator ${gi}: B P_g != rho_out(g) B at unit ${i}`);
      }
    }
  }

  const n = group.elements.length;
  if (elementPermutations.length !== n) return fail('one permutation per group element');
  if (!elementPermutations.every((p) => isPermutation(p, m))) return fail('not permutations');
  const index = elementIndex(group);
  const e0 = group.elements[0]!;
  if (index.indexOf(e0.input, e0.output) !== 0 || !isIdentityElement(e0.input)) {
    return fail('element 0 is not the identity');
  }
  if (!elementPermutations[0]!.every((x, i) => x === i)) return fail('P_identity is not 1');
  for (let gi = 0; gi < permutations.length; gi++) {
    const ge = index.generatorIndex(gi);
    const pg = permutations[gi]!;
    if (!samePermutation(elementPermutations[ge]!, pg)) {
      return fail(`generator ${gi}: its element permutation differs`);
    }
    for (let e = 0; e < n; e++) {
      const composed = elementPermutations[e]!.map((x) => pg[x]!);
      if (!samePermutation(elementPermutations[index.product(ge, e)]!, composed)) {
        return fail(`P_(g e) != P_g P_e for generator ${gi} and element ${e}`);
      }
    }
  }

  const covered = new Set<number>();
  for (const [oi, o] of orbits.entries()) {
    const rep = o.units[0];
    if (rep === undefined) return fail(`orbit ${oi} is empty`);
    const reached = new Set(elementPermutations.map((p) => p[rep]!));
    if (reached.size !== o.units.length || !o.units.every((u) => reached.has(u))) {
      return fail(`orbit ${oi} is not one orbit of the hidden action`);
    }
    for (const u of o.units) {
      if (covered.has(u)) return fail(`unit ${u} lies in two orbits`);
      covered.add(u);
    }
    const stabiliser = elementPermutations.flatMap((p, e) => (p[rep] === rep ? [e] : []));
    if (
      !samePermutation(
        stabiliser,
        [...o.stabiliser].sort((a, b) => a - b),
      )
    ) {
      return fail(`orbit ${oi}: wrong stabiliser`);
    }
    if (witness.convention === 'regular' && stabiliser.length !== 1) {
      return fail(`orbit ${oi} is not a regular orbit`);
    }
  }
  if (covered.size !== m) return fail('the orbits do not cover every unit');
  return OK;
}

function isIdentityElement(input: readonly Vector[]): boolean {
  return input.every((row, i) =>
    row.every((x, j) => (i === j ? x.num === 1n && x.den === 1n : x.isZero())),
  );
}

function countAt(net: Network, alpha: Vector, beta: Vector): number {
  return net.channels.filter((c) => vectorsEqual(c.alpha, alpha) && vectorsEqual(c.beta, beta))
    .length;
}

/** Re-checks a LEN failure by counting units at a point and at its image. */
function checkLayerwiseFailure(
  net: Network,
  group: MatrixGroup,
  convention: HiddenConvention,
  failure: LayerwiseFailure,
): CheckResult {
  const c = net.channels[failure.channel];
  if (!c) return fail(`no channel ${failure.channel}`);
  const multiplicity = countAt(net, c.alpha, c.beta);
  if (multiplicity !== failure.multiplicity) return fail('wrong multiplicity');

  if (failure.reason === 'unpartnered') {
    const g = group.generators[failure.generator];
    if (!g) return fail(`no generator ${failure.generator}`);
    const { alpha, beta } = failure.image;
    if (!vectorsEqual(matVec(transpose(g.input), alpha), c.alpha)) {
      return fail('image.alpha is not rho_in(g)^{-T} alpha');
    }
    if (!vectorsEqual(beta, matVec(outputMatrix(g, net.outputDim), c.beta))) {
      return fail('image.beta is not rho_out(g) beta');
    }
    const imageMultiplicity = countAt(net, alpha, beta);
    if (imageMultiplicity !== failure.imageMultiplicity) return fail('wrong image multiplicity');
    return imageMultiplicity < multiplicity ? OK : fail('the image has enough partners');
  }

  if (convention !== 'regular') return fail('a stabiliser failure applies to regular only');
  const stabiliser = group.elements.flatMap((g, e) =>
    vectorsEqual(matVec(transpose(g.input), c.alpha), c.alpha) &&
    vectorsEqual(matVec(outputMatrix(g, net.outputDim), c.beta), c.beta)
      ? [e]
      : [],
  );
  if (
    !samePermutation(
      stabiliser,
      [...failure.stabiliser].sort((a, b) => a - b),
    )
  ) {
    return fail('wrong stabiliser');
  }
  return multiplicity % stabiliser.length !== 0 ? OK : fail('the stabiliser order divides');
}

export { checkLayerwiseWitness, checkLayerwiseFailure };
