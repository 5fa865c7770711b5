import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { presetGroup } from '../../../src/group/presets.ts';
import { isLayerwiseEquivariant } from '../../../src/theory/equivariance/isLayerwiseEquivariant.ts';
import {
  checkLayerwiseFailure,
  checkLayerwiseWitness,
} from '../../../src/theory/equivariance/checkLayerwiseWitness.ts';
import { FIGURE2, R, group, net, vec } from './fixtures.ts';

/** Figure 2 with every unit doubled: a LEN for C_3 by R, with two units at each point. */
const DOUBLED = net([
  [[1, 0], [1]],
  [[1, 0], [1]],
  [[0, -1], [1]],
  [[0, -1], [1]],
  [[-1, 1], [1]],
  [[-1, 1], [1]],
]);

describe('checkLayerwiseWitness', () => {
  const c3 = group([{ input: R }]);

  it('accepts the decider witness for a doubled network in both conventions', () => {
    for (const convention of ['any', 'regular'] as const) {
      const result = isLayerwiseEquivariant(DOUBLED, c3, convention);
      if (!result.layerwise) throw new Error('expected a LEN');
      expect(checkLayerwiseWitness(DOUBLED, c3, result)).toEqual({ ok: true });
    }
  });

  it('refuses generator permutations that satisfy the equations but are no representation', () => {
    // Units 0,1 at (1,0), 2,3 at (0,-1), 4,5 at (-1,1); g moves (1,0) -> (-1,1) -> (0,-1) ->
    // (1,0). The 6-cycle 0 -> 4 -> 2 -> 1 -> 5 -> 3 -> 0 respects every point, but P^3 != 1
    // while g^3 = 1.
    const cycle = [4, 5, 1, 0, 2, 3];
    const squared = cycle.map((j) => cycle[j]!);
    const forged = {
      convention: 'any' as const,
      permutations: [cycle],
      elementPermutations: [[0, 1, 2, 3, 4, 5], cycle, squared],
      orbits: [{ units: [0, 4, 2, 1, 5, 3], stabiliser: [0] }],
    };
    const check = checkLayerwiseWitness(DOUBLED, c3, forged);
    expect(check.ok).toBe(false);
    if (!check.ok) expect(check.reason).toMatch(/P_\(g e\) != P_g P_e/);
  });

  it('refuses a wrong stabiliser, a non-free orbit claimed regular, and overlapping orbits', () => {
    const klein4 = presetGroup('klein4');
    const len6 = net([
      [[1, 0], ['1/2']],
      [[0, 1], ['1/2']],
      [[-1, 0], ['1/2']],
      [[0, -1], ['1/2']],
      [[-1, 1], ['1/2']],
      [[1, -1], ['1/2']],
    ]);
    const result = isLayerwiseEquivariant(len6, klein4);
    if (!result.layerwise) throw new Error('expected a LEN');
    const wrongStabiliser = {
      ...result,
      orbits: [result.orbits[0]!, { units: [4, 5], stabiliser: [0] }],
    };
    expect(checkLayerwiseWitness(len6, klein4, wrongStabiliser).ok).toBe(false);
    expect(checkLayerwiseWitness(len6, klein4, { ...result, convention: 'regular' }).ok).toBe(
      false,
    );
    const overlapping = {
      ...result,
      orbits: [...result.orbits, { units: [5, 4], stabiliser: [0, 3] }],
    };
    expect(checkLayerwiseWitness(len6, klein4, overlapping).ok).toBe(false);
  });

  it('re-checks failures by counting, and refuses a failure that is not one', () => {
    const result = isLayerwiseEquivariant(FIGURE2, presetGroup('klein4'));
    if (result.layerwise) throw new Error('expected a failure');
    expect(checkLayerwiseFailure(FIGURE2, presetGroup('klein4'), 'any', result.failure)).toEqual({
      ok: true,
    });
    // Under C_3 by R, channel 0 does have its partner (-1,1).
    const bogus = {
      reason: 'unpartnered' as const,
      channel: 0,
      generator: 0,
      image: { alpha: vec([-1, 1]), beta: vec([1]) },
      multiplicity: 1,
      imageMultiplicity: 1,
    };
    expect(checkLayerwiseFailure(FIGURE2, c3, 'any', bogus).ok).toBe(false);
    const wrongImage = {
      ...bogus,
      image: { alpha: vec([0, 1]), beta: vec([1]) },
      imageMultiplicity: 0,
    };
    expect(checkLayerwiseFailure(FIGURE2, c3, 'any', wrongImage).ok).toBe(false);
  });

  it('imports no search code (only types from the decider)', () => {
    const source = readFileSync('src/theory/equivariance/checkLayerwiseWitness.ts', 'utf8');
    const runtimeImports = source.match(/^import (?!type ).*$/gm) ?? [];
    expect(
      runtimeImports.some((line) => /isLayerwiseEquivariant|symmetrise|isEquivariant/.test(line)),
    ).toBe(false);
    const gen = readFileSync('src/theory/equivariance/checkEquivariance.ts', 'utf8');
    expect((gen.match(/^import (?!type ).*$/gm) ?? []).some((l) => /isEquivariant/.test(l))).toBe(
      false,
    );
  });
});
