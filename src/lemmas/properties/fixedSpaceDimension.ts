/**
 * # Property: the character formula for fixed-space dimensions (section 7)
 *
 * Claim (MATH.md section 7): `dim Fix_H(rho) = (1/|H|) sum_{h in H} trace rho(h)`, used for the
 * parameter dimension of a LEN with hidden orbits G/H (`dim Fix_H(rho_in^*) + dim Fix_H(rho_out)`
 * per orbit). Checked for H = G and for the cyclic subgroup of a random element, and for
 * rho = rho_in, its contragredient rho_in^* (recomputed from rho_in), and rho_out, against the
 * dimension of the common kernel of `rho(h) - I`, from exact rank.
 */

import fc from 'fast-check';
import { Rational } from '../../scalar/rational.ts';
import { identity, matMul, nullspace, subVectors, type Matrix } from '../../linalg/matrix.ts';
import { outputMatrix, type MatrixGroup } from '../../group/matrixGroup.ts';
import { groupArbitrary, type GroupArbitraryOptions } from '../arbitraries/groupArbitrary.ts';
import { trueContragredient } from '../arbitraries/equivarianceOracles.ts';
import { expectThat, type Statement } from '../statement.ts';

interface FixedSpaceInput {
  readonly group: MatrixGroup;
  readonly element: number;
}

function trace(m: Matrix): Rational {
  return m.reduce((s, row, i) => s.add(row[i]!), Rational.ZERO);
}

function cyclicSubgroupMatrices(group: MatrixGroup, e: number): MatrixGroup['elements'][number][] {
  const h = group.elements[e % group.elements.length]!;
  const key = (m: Matrix) => m.map((row) => row.join(',')).join(';');
  const byKey = new Map(group.elements.map((g) => [key(g.input), g]));
  const members = [group.elements[0]!];
  let current = h.input;
  while (key(current) !== key(group.elements[0]!.input)) {
    members.push(byKey.get(key(current))!);
    current = matMul(current, h.input);
  }
  return members;
}

function checkFixedSpaceDimension({ group, element }: FixedSpaceInput): void {
  const k = group.outputDim ?? 1;
  for (const subgroup of [group.elements, cyclicSubgroupMatrices(group, element)]) {
    const reps: [string, (g: MatrixGroup['elements'][number]) => Matrix, number][] = [
      ['rho_in', (g) => g.input, group.inputDim],
      ['rho_in^*', trueContragredient, group.inputDim],
      ['rho_out', (g) => outputMatrix(g, k), k],
    ];
    for (const [name, rho, n] of reps) {
      const formula = subgroup
        .reduce((s, g) => s.add(trace(rho(g))), Rational.ZERO)
        .div(Rational.of(subgroup.length));
      const stacked = subgroup.flatMap((g) =>
        rho(g).map((row, i) => subVectors(row, identity(n)[i]!)),
      );
      const kernel = nullspace(stacked, n).length;
      expectThat(
        formula.equals(Rational.of(kernel)),
        `${name} on a subgroup of order ${subgroup.length}: character formula ${formula}, ` +
          `kernel dimension ${kernel}`,
      );
    }
  }
}

function fixedSpaceDimensionStatement(
  groups: GroupArbitraryOptions = {},
): Statement<FixedSpaceInput> {
  return {
    name: 'fixed-space-dimension',
    reference: 'MATH.md section 7, parameter dimension',
    claim: 'dim Fix_H(rho) = (1/|H|) sum_h trace rho(h) for rho_in, rho_in^* and rho_out',
    arbitrary: fc.record({ group: groupArbitrary(groups), element: fc.nat({ max: 47 }) }),
    check: checkFixedSpaceDimension,
  };
}

export { fixedSpaceDimensionStatement, checkFixedSpaceDimension };
