import { describe, expect, it } from 'vitest';
import { presetGroup } from '../../../src/group/presets.ts';
import { symmetrise } from '../../../src/theory/equivariance/symmetrise.ts';
import { isEquivariant } from '../../../src/theory/equivariance/isEquivariant.ts';
import { isLayerwiseEquivariant } from '../../../src/theory/equivariance/isLayerwiseEquivariant.ts';
import { checkLayerwiseWitness } from '../../../src/theory/equivariance/checkLayerwiseWitness.ts';
import { functionallyEqual } from '../../../src/network/functionalEquality.ts';
import { evaluate } from '../../../src/network/evaluate.ts';
import { FIGURE2, R, STRETCH_SWAP, group, net, show, vec } from './fixtures.ts';

describe('symmetrise (Lemma 6.1)', () => {
  const klein4 = presetGroup('klein4');

  it('turns the Figure 2 network into a regular LEN of width 12 computing the same function', () => {
    const result = symmetrise(FIGURE2, klein4);
    expect(result.network.channels.length).toBe(12);
    expect(result.layerwise.convention).toBe('regular');
    expect(result.layerwise.orbits.map((o) => o.stabiliser)).toEqual([[0], [0], [0]]);
    expect(checkLayerwiseWitness(result.network, klein4, result.layerwise)).toEqual({ ok: true });
    expect(result.inputEquivariant).toBe(true);
    expect(functionallyEqual(result.network, FIGURE2)).toEqual({ equal: true });
    // Block of channel (1,0): rho_in(h)^T (1,0) for h = I, P, -I, -P, each with weight 1/4.
    expect(show(result.network).slice(0, 4)).toEqual([
      [['1', '0'], ['1/4']],
      [['0', '1'], ['1/4']],
      [['-1', '0'], ['1/4']],
      [['0', '-1'], ['1/4']],
    ]);
  });

  it('merges rays down to width 6: the Example 5.1 realisation', () => {
    const result = symmetrise(FIGURE2, klein4, { merge: true });
    expect(show(result.network)).toEqual([
      [['1', '0'], ['1/2']],
      [['0', '1'], ['1/2']],
      [['-1', '0'], ['1/2']],
      [['0', '-1'], ['1/2']],
      [['-1', '1'], ['1/2']],
      [['1', '-1'], ['1/2']],
    ]);
    expect(result.layerwise.orbits).toEqual([
      { units: [0, 1, 2, 3], stabiliser: [0] },
      { units: [4, 5], stabiliser: [0, 3] },
    ]);
    expect(checkLayerwiseWitness(result.network, klein4, result.layerwise)).toEqual({ ok: true });
    expect(functionallyEqual(result.network, FIGURE2)).toEqual({ equal: true });
    expect(isLayerwiseEquivariant(result.network, klein4, 'regular').layerwise).toBe(false);
  });

  it('symmetrises a non-equivariant network into an equivariant one that differs from it', () => {
    const f = net([[[1, 0], [1]]]);
    const result = symmetrise(f, klein4);
    expect(result.inputEquivariant).toBe(false);
    expect(result.sameFunction.equal).toBe(false);
    expect(isEquivariant(result.network, klein4).equivariant).toBe(true);
    // F^G = (|a| + |b|) / 4.
    expect(evaluate(result.network, vec([3, -5])).map(String)).toEqual(['2']);
  });

  it('uses rho_out(h)^{-1} on output weights (C_3 acting on input and output)', () => {
    const g = group([{ input: R, output: R }]);
    const f = net([
      [
        [1, 0],
        [1, 0],
      ],
    ]);
    const result = symmetrise(f, g);
    expect(isEquivariant(result.network, g).equivariant).toBe(true);
    expect(checkLayerwiseWitness(result.network, g, result.layerwise)).toEqual({ ok: true });
    const merged = symmetrise(result.network, g, { merge: true });
    expect(merged.inputEquivariant).toBe(true);
    expect(merged.network.channels.length).toBe(3);
  });

  it('chooses merged channels equivariantly when rho^{-T} does not keep primitive vectors', () => {
    // relu(a) + relu(b) under (a,b) -> (2b, a/2): rays of (1,0) and (0,1) merge, and the merged
    // channel of the second ray must be R^{-T} (1,0) = (0,2), not the primitive (0,1).
    const g = group([{ input: STRETCH_SWAP }]);
    const f = net([
      [[1, 0], [1]],
      [[0, 1], [1]],
    ]);
    const result = symmetrise(f, g, { merge: true });
    expect(show(result.network)).toEqual([
      [['1', '0'], ['3/4']],
      [['0', '2'], ['3/4']],
    ]);
    expect(result.layerwise.orbits).toEqual([{ units: [0, 1], stabiliser: [0] }]);
    const unmerged = symmetrise(f, g);
    expect(functionallyEqual(result.network, unmerged.network)).toEqual({ equal: true });
  });

  it('drops zero units and units whose merged weights cancel', () => {
    const f = net([
      [[0, 0], [5]],
      [[1, 1], [1]],
      [[2, 2], ['-1/2']],
    ]);
    const result = symmetrise(f, klein4, { merge: true });
    expect(result.network.channels.length).toBe(0);
    expect(symmetrise(f, klein4).network.channels.length).toBe(12);
  });
});
