import { describe, expect, it } from 'vitest';
import { lemmaStatements } from '../../src/lemmas/lemmaStatements.ts';
import { runStatement } from '../../src/lemmas/runSuite.ts';
import {
  withTransposedContragredient,
  isOrthogonalGroup,
} from '../../src/lemmas/arbitraries/index.ts';
import { checkTheorem43 } from '../../src/lemmas/properties/theorem43HyperplaneSymmetry.ts';
import { presetGroup } from '../../src/group/presets.ts';
import { symmetrisedNetwork } from '../../src/lemmas/arbitraries/equivarianceOracles.ts';
import { q } from '../../src/scalar/rational.ts';

// The planted bug: every group element's `contragredient` holds rho_in(g) where rho_in(g)^{-T}
// belongs. Product code that reads the field (the LEN generator, isEquivariant's hyperplane
// transports, isLayerwiseEquivariant, hyperplane orbits) then uses the wrong action.
describe('the suite catches the planted transposition bug', () => {
  const planted = lemmaStatements({ groups: { transform: withTransposedContragredient } });
  const byName = new Map(planted.map((s) => [s.name, s]));

  for (const name of ['theorem-4.3', 'len-subset-gen', 'lemma-4.5', 'theorem-4.6']) {
    it(`${name} fails, with a non-orthogonal group in the shrunk counterexample`, () => {
      const report = runStatement(byName.get(name)!, { seed: 20251209, runs: 200 });
      expect(report.passed).toBe(false);
      expect(report.counterexample!.text).toMatch(/conjugated by Q|c3-nonorthogonal/);
    });
  }

  it('statements without groups are unaffected (theorem-4.2 still holds)', () => {
    expect(runStatement(byName.get('theorem-4.2')!, { seed: 20251209 }).passed).toBe(true);
  });

  it('on C3 by [[0,-1],[1,-1]], Theorem 4.3 sees the wrong image of a boundary hyperplane', () => {
    const group = presetGroup('c3-nonorthogonal');
    expect(isOrthogonalGroup(group)).toBe(false);
    const network = symmetrisedNetwork(group, {
      inputDim: 2,
      outputDim: 1,
      channels: [{ alpha: [q(1), q(0)], beta: [q(1)] }],
    });
    expect(() => checkTheorem43({ kind: 'symmetrised', group, network })).not.toThrow();
    expect(() =>
      checkTheorem43({ kind: 'symmetrised', group: withTransposedContragredient(group), network }),
    ).toThrow(/not a boundary hyperplane|kink|hyperplanes/);
  });
});
