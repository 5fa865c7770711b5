import { describe, expect, it } from 'vitest';
import { q } from '../../../src/scalar/rational.ts';
import { nullspace } from '../../../src/linalg/matrix.ts';
import { presetGroup } from '../../../src/group/presets.ts';
import { orbit } from '../../../src/group/action.ts';
import { InputError } from '../../../src/scalar/parseRational.ts';
import {
  fixedSpaceDimension,
  lenArchitectureWidth,
  lenParameterDimension,
} from '../../../src/theory/dimension/parameterDimension.ts';
import { functionalDimension } from '../../../src/theory/dimension/functionalDimension.ts';
import { FIGURE2, net, trivial } from '../width/fixtures.ts';
import { dimensionTable } from '../../../src/theory/dimension/dimensionTable.ts';

const klein = presetGroup('klein4');
const stabiliserOfDiagonal = orbit(klein, [q(1), q(-1)], 'contragredient').stabiliser;
const gn = (m: number) => Array.from({ length: m }, () => [0]);

describe('parameter and functional dimension (MATH.md section 7, Example 5.1 table)', () => {
  const table: [string, ReturnType<typeof trivial>, number[][], number, number, number][] = [
    ['GN (= GEN realisation)', trivial(2), gn(3), 3, 9, 6],
    [
      'LEN, free orbit + orbit with stabiliser {I, -P}',
      klein,
      [[0], stabiliserOfDiagonal],
      6,
      5,
      3,
    ],
    ['LEN, regular-only minimal (2 blocks)', klein, [[0], [0]], 8, 6, 4],
    ['LEN, symmetrised GN (3 regular blocks)', klein, [[0], [0], [0]], 12, 9, 6],
    ['GN width 6', trivial(2), gn(6), 6, 18, 12],
    ['GN width 12', trivial(2), gn(12), 12, 36, 24],
  ];
  for (const [name, group, orbits, width, params, functional] of table) {
    it(`${name}: width ${width}, ${params} parameters, functional dimension ${functional}`, () => {
      expect(lenArchitectureWidth(group, orbits)).toBe(width);
      expect(lenParameterDimension(group, orbits, 1)).toBe(params);
      const f = functionalDimension(group, orbits, 1);
      expect(f.parameters).toBe(params);
      expect([f.exact, f.lower, f.upper]).toEqual([true, functional, functional]);
      expect(f.witness.points.length).toBeGreaterThan(0);
    });
  }

  it('agrees with the nullspace of the stacked rho(h) - I for every subgroup stabiliser', () => {
    for (const name of ['klein4', 'dihedral4', 'c3-nonorthogonal', 'hyperoctahedral:3']) {
      const g = presetGroup(name);
      const d = g.inputDim;
      const probes = [
        [1, 0, 0],
        [1, 1, 0],
        [1, -1, 2],
      ].map((v) => v.slice(0, d).map((x) => q(x)));
      for (const v of probes) {
        const h = orbit(g, v, 'contragredient').stabiliser;
        const rows = h.flatMap((i) =>
          g.elements[i]!.contragredient.map((row, r) =>
            row.map((x, c) => (r === c ? x.sub(q(1)) : x)),
          ),
        );
        expect(fixedSpaceDimension(g, h, 'contragredient')).toBe(nullspace(rows, d).length);
      }
    }
  });

  it('reports an honest interval when rescaling is not the only loss: GN width 3 on Q^1', () => {
    const f = functionalDimension(trivial(1), gn(3), 1);
    expect(f.parameters).toBe(6);
    expect([f.exact, f.lower, f.upper]).toEqual([false, 2, 3]);
  });

  it('refuses a set of elements that is not a subgroup', () => {
    expect(() => lenParameterDimension(klein, [[0, 1]], 1)).not.toThrow();
    expect(() => lenParameterDimension(klein, [[1]], 1)).toThrow(InputError);
    const order = klein.elements.length;
    expect(() => lenParameterDimension(klein, [[0, order]], 1)).toThrow(/whole numbers/);
  });
});

describe('dimensionTable', () => {
  it('reproduces the Example 5.1 table of MATH.md section 7', () => {
    const rows = dimensionTable(FIGURE2, klein);
    expect(
      rows.map((r) => [r.width, r.parameters, r.functional.exact, r.functional.lower]),
    ).toEqual([
      [3, 9, true, 6],
      [6, 5, true, 3],
      [8, 6, true, 4],
      [12, 9, true, 6],
      [6, 18, true, 12],
      [12, 36, true, 24],
    ]);
  });

  it('gives the GN row only for a target that is not equivariant', () => {
    const rows = dimensionTable(net(2, 1, [[[1, 0], [1]]]), klein);
    expect(rows.map((r) => [r.width, r.parameters])).toEqual([[1, 3]]);
  });
});
