/**
 * # Property: symmetrising never increases the risk (MATH.md section 6, Jensen)
 *
 * Claim (MATH.md section 6): under a G-invariant data distribution and a convex, G-invariant
 * loss, the symmetrisation `F^G` of any network F has risk at most that of F for an equivariant
 * target f; so `LEN_{|G| m}` is at least as expressive as `GN_m` in risk.
 *
 * Checked exactly on a finite G-invariant distribution and the squared loss: the sample is the
 * multiset `{rho_in(h) p : h in G, p in P}` for a few random points P (uniform over G x P, pushed
 * forward, which is G-invariant), and the risk is `sum ||N(x) - f(x)||^2` over it. Squared
 * Euclidean loss is G-invariant exactly when every `rho_out(g)` is orthogonal, so the claim is
 * checked for those groups (trivial, sign and permutation output actions) and a sample whose
 * output action is not orthogonal is passed over as outside the hypothesis.
 *
 * Why it holds: `F^G(x) - f(x)` is the average over h of `rho_out(h)^{-1} (F(hx) - f(hx))`, so by
 * convexity its squared norm is at most the average of `||F(hx) - f(hx)||^2`, and summing over the
 * G-closed sample turns that average back into the risk of F.
 */

import fc from 'fast-check';
import { Rational } from '../../scalar/rational.ts';
import { identity, matMul, matVec, matricesEqual, transpose } from '../../linalg/matrix.ts';
import type { Vector } from '../../linalg/matrix.ts';
import { outputMatrix, type MatrixGroup } from '../../group/matrixGroup.ts';
import { evaluate } from '../../network/evaluate.ts';
import type { Network } from '../../network/network.ts';
import { symmetrise } from '../../theory/equivariance/symmetrise.ts';
import type { GroupArbitraryOptions } from '../arbitraries/groupArbitrary.ts';
import { networkArbitrary } from '../arbitraries/networkArbitrary.ts';
import { vectorArbitrary } from '../arbitraries/rationalArbitraries.ts';
import { genArbitrary, type GenSample } from '../arbitraries/structuredNetworkArbitraries.ts';
import { expectThat, type Statement } from '../statement.ts';

interface RiskSample {
  readonly target: GenSample;
  readonly model: Network;
  readonly points: readonly Vector[];
}

function hasOrthogonalOutput(group: MatrixGroup, k: number): boolean {
  return group.elements.every((g) => {
    const m = outputMatrix(g, k);
    return matricesEqual(matMul(m, transpose(m)), identity(k));
  });
}

function risk(net: Network, target: Network, sample: readonly Vector[]): Rational {
  let total = Rational.ZERO;
  for (const x of sample) {
    const y = evaluate(net, x);
    const t = evaluate(target, x);
    for (let r = 0; r < y.length; r++) {
      const e = y[r]!.sub(t[r]!);
      total = total.add(e.mul(e));
    }
  }
  return total;
}

/** The risks of F and of F^G on the G-closed sample, or null outside the hypothesis. */
function symmetrisationRisks({
  target,
  model,
  points,
}: RiskSample): { before: Rational; after: Rational } | null {
  const { group, network: f } = target;
  if (!hasOrthogonalOutput(group, f.outputDim)) return null;

  const sample = group.elements.flatMap((h) => points.map((p) => matVec(h.input, p)));
  const symmetrised = symmetrise(model, group).network;
  return { before: risk(model, f, sample), after: risk(symmetrised, f, sample) };
}

function checkLemma61Risk(value: RiskSample): void {
  const risks = symmetrisationRisks(value);
  if (!risks) return;
  expectThat(
    risks.after.compare(risks.before) <= 0,
    `risk of F^G is ${risks.after.toString()}, above the risk ${risks.before.toString()} of F`,
  );
}

function riskSampleArbitrary(groups: GroupArbitraryOptions): fc.Arbitrary<RiskSample> {
  return genArbitrary(groups).chain((target) =>
    fc.record({
      target: fc.constant(target),
      model: networkArbitrary(target.network.inputDim, target.network.outputDim, {
        maxWidth: 3,
        maxHardCases: 1,
      }),
      points: fc.array(vectorArbitrary(target.network.inputDim), { minLength: 1, maxLength: 3 }),
    }),
  );
}

function lemma61RiskStatement(groups: GroupArbitraryOptions = {}): Statement<RiskSample> {
  return {
    name: 'lemma-6.1-risk',
    reference: 'MATH.md section 6, symmetrisation and risk (Jensen)',
    claim:
      'for an equivariant target, a G-invariant sample and the squared loss (orthogonal ' +
      'output action), the risk of F^G is at most the risk of F',
    arbitrary: riskSampleArbitrary(groups),
    check: checkLemma61Risk,
  };
}

export { lemma61RiskStatement, checkLemma61Risk, symmetrisationRisks };
export type { RiskSample };
