import { describe, expect, it } from 'vitest';
import { presetGroup } from '../../../src/group/presets.ts';
import { InputError } from '../../../src/scalar/parseRational.ts';
import {
  isLayerwiseEquivariant,
  type HiddenConvention,
} from '../../../src/theory/equivariance/isLayerwiseEquivariant.ts';
import {
  checkLayerwiseFailure,
  checkLayerwiseWitness,
} from '../../../src/theory/equivariance/checkLayerwiseWitness.ts';
import { isEquivariant } from '../../../src/theory/equivariance/isEquivariant.ts';
import type { Network } from '../../../src/network/network.ts';
import type { MatrixGroup } from '../../../src/group/matrixGroup.ts';
import { FIGURE2, R, RT, STRETCH_SWAP, group, net } from './fixtures.ts';

/** Decides, re-checks the answer with the independent checker, and returns it. */
function decide(f: Network, g: MatrixGroup, convention: HiddenConvention = 'any') {
  const result = isLayerwiseEquivariant(f, g, convention);
  const check = result.layerwise
    ? checkLayerwiseWitness(f, g, result)
    : checkLayerwiseFailure(f, g, convention, result.failure);
  expect(check).toEqual({ ok: true });
  if (result.layerwise) expect(isEquivariant(f, g).equivariant).toBe(true);
  return result;
}

/** Example 5.1 realisation of width 6: (1/2) sum over the four axis rays + the two diagonals. */
const LEN6 = net([
  [[1, 0], ['1/2']],
  [[0, 1], ['1/2']],
  [[-1, 0], ['1/2']],
  [[0, -1], ['1/2']],
  [[-1, 1], ['1/2']],
  [[1, -1], ['1/2']],
]);

describe('isLayerwiseEquivariant (LEN)', () => {
  const klein4 = presetGroup('klein4');

  it('rejects the Figure 2 network for the Klein four group: the swap has no partner', () => {
    const result = decide(FIGURE2, klein4);
    expect(result.layerwise).toBe(false);
    if (result.layerwise) return;
    expect(JSON.parse(JSON.stringify(result.failure))).toEqual({
      reason: 'unpartnered',
      channel: 0,
      generator: 0,
      image: { alpha: ['0', '1'], beta: ['1'] },
      multiplicity: 1,
      imageMultiplicity: 0,
    });
  });

  it('accepts the width-6 realisation with orbits G/1 and G/{I,-P}, but not as regular', () => {
    const result = decide(LEN6, klein4);
    expect(result.layerwise).toBe(true);
    if (!result.layerwise) return;
    expect(result.permutations).toEqual([
      [1, 0, 3, 2, 5, 4],
      [2, 3, 0, 1, 5, 4],
    ]);
    // klein4 elements: 0 = I, 1 = P, 2 = -I, 3 = -P.
    expect(result.orbits).toEqual([
      { units: [0, 1, 2, 3], stabiliser: [0] },
      { units: [4, 5], stabiliser: [0, 3] },
    ]);
    const regular = decide(LEN6, klein4, 'regular');
    expect(regular.layerwise).toBe(false);
    if (!regular.layerwise) {
      expect(regular.failure).toMatchObject({ channel: 4, stabiliser: [0, 3], multiplicity: 1 });
    }
  });

  it('recognises a LEN for C_3 by [[0,-1],[1,-1]] and rejects it for the transpose', () => {
    // alpha_{pi(i)} = R^{-T} alpha_i: R^T (-1,1) = (1,0), so unit 0 goes to unit 2, etc.
    const byR = decide(FIGURE2, group([{ input: R }]));
    expect(byR.layerwise).toBe(true);
    if (byR.layerwise) {
      expect(byR.permutations).toEqual([[2, 0, 1]]);
      expect(byR.elementPermutations).toEqual([
        [0, 1, 2],
        [2, 0, 1],
        [1, 2, 0],
      ]);
    }
    // Under R^T the channels would have to move by R^{-1}; R (1,0) = (0,1) is missing. A mix-up
    // of rho^{-T} with rho would accept this and reject the one above.
    const byRT = decide(FIGURE2, group([{ input: RT }]));
    expect(byRT.layerwise).toBe(false);
    if (!byRT.layerwise) {
      expect(byRT.failure).toMatchObject({ reason: 'unpartnered', channel: 0, generator: 0 });
    }
    const other = net([
      [[1, 0], [1]],
      [[0, 1], [1]],
      [[-1, -1], [1]],
    ]);
    expect(decide(other, group([{ input: RT }])).layerwise).toBe(true);
    expect(decide(other, group([{ input: R }])).layerwise).toBe(false);
  });

  it('checks the permutation witness against A rho(g) = P A, not against rho^T or rho^{-T}', () => {
    const g = group([{ input: R }]);
    const result = isLayerwiseEquivariant(FIGURE2, g);
    if (!result.layerwise) throw new Error('expected a LEN');
    // The permutation of g^{-1} (what a transposition mix-up yields) must be refused.
    const inverse = { ...result, permutations: [[1, 2, 0]] };
    expect(checkLayerwiseWitness(FIGURE2, g, inverse).ok).toBe(false);
  });

  it('handles a vector output with the swap acting on input and output', () => {
    const swap = [
      [0, 1],
      [1, 0],
    ];
    const f = net([
      [
        [1, 0],
        [1, 0],
      ],
      [
        [0, 1],
        [0, 1],
      ],
    ]);
    const both = decide(f, group([{ input: swap, output: swap }]), 'regular');
    expect(both.layerwise).toBe(true);
    if (both.layerwise) expect(both.permutations).toEqual([[1, 0]]);
    const inputOnly = decide(f, group([{ input: swap }]));
    expect(inputOnly.layerwise).toBe(false);
    if (!inputOnly.layerwise) {
      expect(
        JSON.parse(
          JSON.stringify(inputOnly.failure.reason === 'unpartnered' && inputOnly.failure.image),
        ),
      ).toEqual({ alpha: ['0', '1'], beta: ['1', '0'] });
    }
  });

  it('handles duplicate channels: a unit split in two halves breaks the symmetry', () => {
    const swap = [
      [0, 1],
      [1, 0],
    ];
    const g = group([{ input: swap, output: swap }]);
    const split = net([
      [
        [1, 0],
        ['1/2', 0],
      ],
      [
        [1, 0],
        ['1/2', 0],
      ],
      [
        [0, 1],
        [0, 1],
      ],
    ]);
    expect(isEquivariant(split, g).equivariant).toBe(true);
    const result = decide(split, g);
    expect(result.layerwise).toBe(false);
    if (!result.layerwise)
      expect(result.failure).toMatchObject({ channel: 0, multiplicity: 2, imageMultiplicity: 0 });
  });

  it('handles duplicate channels: two copies of G/{I,-P} form a regular orbit', () => {
    const doubled = net([
      [[1, -1], ['1/4']],
      [[1, 0], ['1/2']],
      [[-1, 1], ['1/4']],
      [[0, 1], ['1/2']],
      [[1, -1], ['1/4']],
      [[-1, 0], ['1/2']],
      [[-1, 1], ['1/4']],
      [[0, -1], ['1/2']],
    ]);
    for (const convention of ['any', 'regular'] as const) {
      const result = decide(doubled, klein4, convention);
      expect(result.layerwise).toBe(true);
      if (!result.layerwise) continue;
      expect(result.orbits.map((o) => o.units.length).sort()).toEqual(
        convention === 'any' ? [2, 2, 4] : [4, 4],
      );
    }
  });

  it('handles zero channels: (0,0) is fixed, (alpha,0) still needs its orbit', () => {
    const withZero = net([
      ...LEN6.channels.map(
        (c) => [c.alpha.map(String), c.beta.map(String)] as [string[], string[]],
      ),
      [[0, 0], [0]],
    ]);
    const any = decide(withZero, klein4);
    expect(any.layerwise).toBe(true);
    if (any.layerwise) expect(any.orbits.at(-1)).toEqual({ units: [6], stabiliser: [0, 1, 2, 3] });
    expect(decide(withZero, klein4, 'regular').layerwise).toBe(false);

    const deadUnit = net([
      ...LEN6.channels.map(
        (c) => [c.alpha.map(String), c.beta.map(String)] as [string[], string[]],
      ),
      [[1, 2], [0]],
    ]);
    const dead = decide(deadUnit, klein4);
    expect(dead.layerwise).toBe(false);
    if (!dead.layerwise) expect(dead.failure).toMatchObject({ channel: 6, generator: 0 });
  });

  it('uses the contragredient action for a rational representation', () => {
    // R^{-T} (1,0) = (0,2): the LEN must carry (0,2), not (0,1).
    const g = group([{ input: STRETCH_SWAP }]);
    const good = net([
      [[1, 0], [1]],
      [[0, 2], [1]],
    ]);
    const primitive = net([
      [[1, 0], [1]],
      [[0, 1], [2]],
    ]);
    expect(decide(good, g, 'regular').layerwise).toBe(true);
    expect(decide(primitive, g).layerwise).toBe(false);
  });

  it('answers no for a LEN up to positive rescaling (documented limitation)', () => {
    const rescaled = net([
      [[2, 0], ['1/2']],
      [[0, 1], [1]],
      [[-1, 0], [1]],
      [[0, -1], [1]],
    ]);
    const result = decide(rescaled, klein4);
    expect(result.layerwise).toBe(false);
    if (!result.layerwise)
      expect(result.failure).toMatchObject({ reason: 'unpartnered', channel: 0 });
    const normalised = net([
      [[1, 0], [1]],
      [[0, 1], [1]],
      [[-1, 0], [1]],
      [[0, -1], [1]],
    ]);
    expect(decide(normalised, klein4, 'regular').layerwise).toBe(true);
  });

  it('decides a network of width 0', () => {
    const empty: Network = { inputDim: 2, outputDim: 1, channels: [] };
    const result = decide(empty, klein4, 'regular');
    expect(result).toMatchObject({ layerwise: true, permutations: [[], []], orbits: [] });
  });

  it('refuses a group of the wrong shape with an InputError', () => {
    expect(() => isLayerwiseEquivariant(FIGURE2, presetGroup('negation:3'))).toThrow(InputError);
  });
});
