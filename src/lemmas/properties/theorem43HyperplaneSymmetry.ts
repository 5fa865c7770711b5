/**
 * # Property: Theorem 4.3 (the boundary hyperplanes of an equivariant network are G-symmetric)
 *
 * Claim (MATH.md section 3, derived form): if F is G-equivariant, its set of boundary
 * hyperplanes is a union of G-orbits, with kinks transported consistently. Exactly: writing
 * `F(x) = W x + sum c_l |<n_l, x>|` and `rho_in(g)^{-T} n_l = lambda n'` with n' primitive,
 * uniqueness of the canonical form applied to `F(x) = rho_out(g) F(rho_in(g)^{-1} x)` gives
 *
 *     n' is a boundary normal with kink  c_{n'} = |lambda| rho_out(g) c_l,   and
 *     W rho_in(g) = rho_out(g) W,
 *
 * for every element g, not only generators. The image normal is computed with the group's
 * `contragredient` field (the product's), so using `rho_in(g)` there (the transposition bug) is
 * caught on non-orthogonal groups. Inputs: GENs by symmetrisation, from hyperplane orbits, and
 * Example 5.1. Also cross-checked: the independent oracle and `isEquivariant` both say
 * equivariant, and `hyperplaneTransports` finds every image.
 */

import { matMul, matVec, vectorsEqual, matricesEqual } from '../../linalg/matrix.ts';
import { lineNormal, vectorKey } from '../../group/action.ts';
import { outputMatrix } from '../../group/matrixGroup.ts';
import { canonicalForm } from '../../network/canonicalForm.ts';
import { hyperplaneTransports, isEquivariant } from '../../theory/equivariance/isEquivariant.ts';
import { equivarianceWitness } from '../arbitraries/equivarianceOracles.ts';
import { genArbitrary, type GenSample } from '../arbitraries/structuredNetworkArbitraries.ts';
import type { GroupArbitraryOptions } from '../arbitraries/groupArbitrary.ts';
import { expectThat, type Statement } from '../statement.ts';

function checkTheorem43({ group, network }: GenSample): void {
  expectThat(
    equivarianceWitness(group, network) === null,
    'the generated GEN is not equivariant (oracle)',
  );
  expectThat(
    isEquivariant(network, group).equivariant,
    'isEquivariant rejects an equivariant network',
  );

  const cf = canonicalForm(network);
  const k = network.outputDim;
  const kinks = new Map(cf.hyperplanes.map((h) => [vectorKey(h.normal), h.kink]));
  for (const [e, g] of group.elements.entries()) {
    const out = outputMatrix(g, k);
    expectThat(
      matricesEqual(matMul(cf.linear, g.input), matMul(out, cf.linear)),
      `element ${e}: the linear part W does not intertwine rho_in and rho_out`,
    );
    for (const h of cf.hyperplanes) {
      const moved = matVec(g.contragredient, h.normal);
      const image = lineNormal(moved);
      const j = image.findIndex((x) => !x.isZero());
      const lambda = moved[j]!.div(image[j]!).abs();
      const expected = matVec(out, h.kink).map((x) => x.mul(lambda));
      const actual = kinks.get(vectorKey(image));
      expectThat(
        actual !== undefined,
        () =>
          `element ${e} sends boundary hyperplane (${h.normal.join(',')}) ` +
          `to (${image.join(',')}), not a boundary hyperplane`,
      );
      expectThat(
        vectorsEqual(actual!, expected),
        () =>
          `element ${e}: kink at (${image.join(',')}) is (${actual!.join(',')}), ` +
          `transport gives (${expected.join(',')})`,
      );
    }
  }
  expectThat(hyperplaneTransports(cf, group) !== null, 'hyperplaneTransports misses an image');
}

function theorem43Statement(groups: GroupArbitraryOptions = {}): Statement<GenSample> {
  return {
    name: 'theorem-4.3',
    reference: 'MATH.md section 3, Theorem 4.3 (derived form)',
    claim:
      'an equivariant network has G-symmetric boundary hyperplanes: ' +
      "g^{-T} n_l = lambda n' gives kink " +
      "|lambda| rho_out(g) c_l at n', and W rho_in(g) = rho_out(g) W",
    arbitrary: genArbitrary(groups),
    check: checkTheorem43,
  };
}

export { theorem43Statement, checkTheorem43 };
