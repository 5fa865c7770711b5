import { describe, expect, it } from 'vitest';
import { Rational, q } from '../../src/scalar/rational.ts';
import { dot } from '../../src/linalg/matrix.ts';
import { act, lineKey, lineNormal, lineOrbit, orbit, vectorKey } from '../../src/group/action.ts';
import { permutationMatrix, presetGroup } from '../../src/group/presets.ts';

const v = (...xs: number[]): Rational[] => xs.map((x) => q(x));
const show = (points: Rational[][]) => points.map((p) => p.map(String));

describe('orbits under c3-nonorthogonal (R = [[0,-1],[1,-1]])', () => {
  const c3 = presetGroup('c3-nonorthogonal');

  it('differ between the linear and the contragredient action', () => {
    const linear = orbit(c3, v(1, 0), 'linear');
    const contra = orbit(c3, v(1, 0), 'contragredient');
    expect(show(linear.points)).toEqual([
      ['1', '0'],
      ['0', '1'],
      ['-1', '-1'],
    ]);
    expect(show(contra.points)).toEqual([
      ['1', '0'],
      ['-1', '1'],
      ['0', '-1'],
    ]);
    expect(linear.stabiliser).toEqual([0]);
    expect(contra.stabiliser).toEqual([0]);
  });

  it('hyperplane orbits are taken on primitive normals up to sign', () => {
    const lines = lineOrbit(c3, v(2, 0), 'contragredient');
    expect(show(lines.points)).toEqual([
      ['1', '0'],
      ['1', '-1'],
      ['0', '1'],
    ]);
    expect(lines.stabiliser).toEqual([0]);
  });

  it('the contragredient action preserves the pairing <g^-T a, g x> = <a, x>', () => {
    for (const g of c3.elements) {
      const a = v(3, -5);
      const x = [q(1, 2), q(7)];
      expect(dot(act(g, a, 'contragredient'), act(g, x, 'linear')).equals(dot(a, x))).toBe(true);
    }
  });
});

describe('orbits and stabilisers under klein4', () => {
  const k4 = presetGroup('klein4');

  it('an oriented vector on the diagonal has orbit size 2, its line orbit size 1', () => {
    const o = orbit(k4, v(1, 1), 'linear');
    expect(show(o.points)).toEqual([
      ['1', '1'],
      ['-1', '-1'],
    ]);
    expect(o.stabiliser.length).toBe(2);
    const l = lineOrbit(k4, v(1, 1), 'linear');
    expect(show(l.points)).toEqual([['1', '1']]);
    expect(l.stabiliser).toEqual([0, 1, 2, 3]);
  });

  it('(1,0) has a free orbit of 4 channel vectors and 2 hyperplanes (Example 5.1)', () => {
    expect(orbit(k4, v(1, 0), 'contragredient').points.length).toBe(4);
    expect(show(lineOrbit(k4, v(1, 0), 'contragredient').points)).toEqual([
      ['1', '0'],
      ['0', '1'],
    ]);
    expect(show(lineOrbit(k4, v(1, -1), 'contragredient').points)).toEqual([['1', '-1']]);
    expect(orbit(k4, v(1, -1), 'contragredient').stabiliser.length).toBe(2);
  });

  it('orbit size times stabiliser order is the group order', () => {
    for (const name of [
      'klein4',
      'dihedral4',
      'c3-nonorthogonal',
      'hyperoctahedral:3',
      'cyclic:4',
    ]) {
      const g = presetGroup(name);
      const vectors = [v(1, 0, 0, 0), v(1, 1, 0, 0), v(1, 2, -1, 0), v(0, 0, 0, 0), v(1, 1, 1, 1)];
      for (const full of vectors) {
        const x = full.slice(0, g.inputDim);
        for (const action of ['linear', 'contragredient'] as const) {
          const o = orbit(g, x, action);
          expect(o.points.length * o.stabiliser.length).toBe(g.elements.length);
          const l = lineOrbit(g, x, action);
          if (!x.every((c) => c.isZero())) {
            expect(l.points.length * l.stabiliser.length).toBe(g.elements.length);
          }
        }
      }
    }
  });
});

describe('lines and keys', () => {
  it('normalise to the primitive integer normal with first nonzero entry positive', () => {
    expect(lineNormal([q(0), q(-1, 2), q(3, 4)]).map(String)).toEqual(['0', '2', '-3']);
    expect(lineKey(v(-2, 4))).toBe(lineKey(v(1, -2)));
    expect(vectorKey([q(1, 2), q(-3)])).toBe('1/2,-3');
  });

  it('permutationMatrix sends e_j to e_images[j]', () => {
    const p = permutationMatrix([1, 2, 0]);
    expect(p.map((r) => r.map(String))).toEqual([
      ['0', '0', '1'],
      ['1', '0', '0'],
      ['0', '1', '0'],
    ]);
  });
});
