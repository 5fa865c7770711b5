import { describe, expect, it } from 'vitest';
import { presetGroup } from '../../../src/group/presets.ts';
import { hyperplaneOrbits } from '../../../src/theory/equivariance/hyperplaneOrbits.ts';
import { isEquivariant } from '../../../src/theory/equivariance/isEquivariant.ts';
import { FIGURE2, STRETCH_SWAP, group, net } from './fixtures.ts';

const plain = (x: unknown) => JSON.parse(JSON.stringify(x));

describe('hyperplaneOrbits (Theorem 4.3)', () => {
  const klein4 = presetGroup('klein4');

  it('splits the Figure 2 hyperplanes into {a=0, b=0} and {a=b} with their stabilisers', () => {
    const report = hyperplaneOrbits(FIGURE2, klein4);
    expect(plain(report)).toEqual({
      orbits: [
        {
          members: [
            { normal: ['0', '1'], stabiliser: [0, 2], kink: ['1/2'] },
            { normal: ['1', '0'], stabiliser: [0, 2], kink: ['1/2'] },
          ],
          symmetric: true,
          consistent: true,
          break: null,
        },
        {
          members: [{ normal: ['1', '-1'], stabiliser: [0, 1, 2, 3], kink: ['1/2'] }],
          symmetric: true,
          consistent: true,
          break: null,
        },
      ],
      symmetric: true,
      consistent: true,
      linearEquivariant: true,
    });
  });

  it('names the orbit and the kink that break for a non-equivariant network', () => {
    const f = net([
      [[1, 0], [1]],
      [[0, -1], [2]],
      [[-1, 1], [1]],
    ]);
    const report = hyperplaneOrbits(f, klein4);
    expect(report.symmetric).toBe(true);
    expect(report.consistent).toBe(false);
    expect(plain(report.orbits[0]!.break)).toEqual({
      element: 1,
      from: ['0', '1'],
      to: ['1', '0'],
      expectedKink: ['1'],
      actualKink: ['1/2'],
    });
    expect(report.orbits[1]!.consistent).toBe(true);
  });

  it('reports a missing image hyperplane', () => {
    const f = net([
      [[1, 0], [1]],
      [[-1, 1], [1]],
    ]);
    const report = hyperplaneOrbits(f, klein4);
    expect(report.symmetric).toBe(false);
    expect(plain(report.orbits[1]!.members[1])).toEqual({
      normal: ['0', '1'],
      stabiliser: [0, 2],
      kink: null,
    });
    expect(report.orbits[0]!.consistent).toBe(true);
    expect(plain(report.orbits[1]!.break)).toMatchObject({ to: ['0', '1'], actualKink: null });
  });

  it('separates the linear part: symmetric kinks but W P != W', () => {
    // relu(a) + relu(-b) + 2 relu(b - a): W = (-1/2, 1/2).
    const f = net([
      [[1, 0], [1]],
      [[0, -1], [1]],
      [[-1, 1], [2]],
    ]);
    const report = hyperplaneOrbits(f, klein4);
    expect([report.symmetric, report.consistent, report.linearEquivariant]).toEqual([
      true,
      true,
      false,
    ]);
    expect(isEquivariant(f, klein4).equivariant).toBe(false);
  });

  it('divides by |mu| when the image normal is rescaled to a primitive vector', () => {
    const g = group([{ input: STRETCH_SWAP }]);
    const good = net([
      [[1, 0], [1]],
      [[-1, 0], [1]],
      [[0, 1], [2]],
      [[0, -1], [2]],
    ]);
    expect(hyperplaneOrbits(good, g).consistent).toBe(true);
    const bad = net([
      [[1, 0], [2]],
      [[-1, 0], [2]],
      [[0, 1], [1]],
      [[0, -1], [1]],
    ]);
    const report = hyperplaneOrbits(bad, g);
    expect(report.consistent).toBe(false);
    // From (0,1) with kink 1: R^{-T} (0,1) = (1/2, 0), mu = 2, expected kink 1/2 on a = 0.
    expect(plain(report.orbits[0]!.break)).toEqual({
      element: 1,
      from: ['0', '1'],
      to: ['1', '0'],
      expectedKink: ['1/2'],
      actualKink: ['2'],
    });
  });
});
