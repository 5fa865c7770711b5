import { describe, expect, it } from 'vitest';
import { presetGroup } from '../../../src/group/presets.ts';
import { orbitTypes } from '../../../src/theory/equivariance/orbitTypes.ts';
import { channelOrbit, channelOrbits } from '../../../src/theory/equivariance/channelOrbits.ts';
import { orbit } from '../../../src/group/action.ts';
import { FIGURE2, R, group, vec } from './fixtures.ts';

const summary = (name: string) =>
  orbitTypes(presetGroup(name)).map((t) => [t.order, t.orbitSize, t.conjugacyClass]);

describe('orbitTypes', () => {
  it('lists the free orbit and the two orbits of size 2 for the Klein four group', () => {
    const types = orbitTypes(presetGroup('klein4'));
    expect(JSON.parse(JSON.stringify(types))).toEqual([
      {
        stabiliser: [0],
        order: 1,
        orbitSize: 4,
        representative: ['1', '2'],
        channelFixedDim: 2,
        outputFixedDim: null,
        conjugacyClass: 0,
      },
      {
        stabiliser: [0, 1],
        order: 2,
        orbitSize: 2,
        representative: ['1', '1'],
        channelFixedDim: 1,
        outputFixedDim: null,
        conjugacyClass: 1,
      },
      {
        stabiliser: [0, 3],
        order: 2,
        orbitSize: 2,
        representative: ['-1', '1'],
        channelFixedDim: 1,
        outputFixedDim: null,
        conjugacyClass: 2,
      },
    ]);
  });

  it('has only the free orbit for C_3 on Q^2, and one per stabiliser class for S_3', () => {
    expect(summary('c3-nonorthogonal')).toEqual([[1, 3, 0]]);
    // S_3 on Q^3: free, stabiliser of a transposition (three conjugates), and S_3 itself.
    expect(summary('symmetric:3')).toEqual([
      [1, 6, 0],
      [2, 3, 1],
      [2, 3, 1],
      [2, 3, 1],
      [6, 1, 2],
    ]);
  });

  it('finds the seven stabiliser types of B_3 with their orbit sizes', () => {
    const types = orbitTypes(presetGroup('hyperoctahedral:3'));
    const sizes = new Map<number, number>();
    for (const t of types) sizes.set(t.orbitSize, (sizes.get(t.orbitSize) ?? 0) + 1);
    expect([...sizes]).toEqual([
      [48, 1],
      [24, 9],
      [12, 6],
      [8, 4],
      [6, 3],
    ]);
    for (const t of types) {
      expect(
        orbit(presetGroup('hyperoctahedral:3'), t.representative, 'contragredient').stabiliser,
      ).toEqual(t.stabiliser);
    }
  });

  it('gives the output fixed dimension when G acts on outputs', () => {
    const g = group([{ input: R, output: R }]);
    expect(orbitTypes(g).map((t) => t.outputFixedDim)).toEqual([2]);
  });
});

describe('channelOrbit and channelOrbits', () => {
  it('takes the contragredient orbit: C_3 by R moves (1,0) to (-1,1), not to (0,1)', () => {
    const o = channelOrbit(group([{ input: R }]), vec([1, 0]));
    expect(o.points.map((p) => p.alpha.map(String))).toEqual([
      ['1', '0'],
      ['-1', '1'],
      ['0', '-1'],
    ]);
    expect(o.stabiliser).toEqual([0]);
  });

  it('reports unbalanced orbits of the Figure 2 channels under the Klein four group', () => {
    const orbits = channelOrbits(FIGURE2, presetGroup('klein4'));
    expect(orbits.map((o) => [o.points.length, o.stabiliser, o.units, o.balanced])).toEqual([
      [4, [0], [[0], [], [], [1]], false],
      [2, [0, 3], [[2], []], false],
    ]);
    const byR = channelOrbits(FIGURE2, group([{ input: R }]));
    expect(byR.map((o) => [o.units, o.balanced])).toEqual([[[[0], [2], [1]], true]]);
  });
});
