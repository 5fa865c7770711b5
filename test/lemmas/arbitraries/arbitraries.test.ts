import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { Rational } from '../../../src/scalar/rational.ts';
import {
  anyNetworkArbitrary,
  channelMultisetInvariant,
  equalNetworkPairArbitrary,
  equivarianceWitness,
  genArbitrary,
  groupArbitrary,
  invertibleMatrixArbitrary,
  isOrthogonalGroup,
  lenArbitrary,
  rationalArbitrary,
} from '../../../src/lemmas/arbitraries/index.ts';
import { determinant, rank } from '../../../src/linalg/matrix.ts';
import { canonicalForm, canonicalFormsEqual } from '../../../src/network/canonicalForm.ts';
import { lineNormal } from '../../../src/group/action.ts';

const SEED = 20251209;

describe('rationalArbitrary', () => {
  it('produces 0, 1, -1, proper fractions and numbers beyond 2^64', () => {
    const xs = fc.sample(rationalArbitrary(), { numRuns: 500, seed: SEED });
    expect(xs.some((x) => x.isZero())).toBe(true);
    expect(xs.some((x) => x.equals(Rational.ONE))).toBe(true);
    expect(xs.some((x) => x.equals(Rational.MINUS_ONE))).toBe(true);
    expect(xs.some((x) => !x.isInteger())).toBe(true);
    expect(xs.some((x) => x.num > 2n ** 64n || x.den > 2n ** 64n)).toBe(true);
  });

  it('invertible matrices have determinant exactly 1', () => {
    for (const m of fc.sample(invertibleMatrixArbitrary(3), { numRuns: 50, seed: SEED })) {
      expect(determinant(m).toString()).toBe('1');
    }
  });
});

describe('groupArbitrary', () => {
  const groups = fc.sample(groupArbitrary(), { numRuns: 400, seed: SEED });

  it('keeps orders at most 48 and dimensions at most 4', () => {
    expect(Math.max(...groups.map((g) => g.elements.length))).toBeLessThanOrEqual(48);
    expect(Math.max(...groups.map((g) => g.inputDim))).toBe(4);
  });

  it('gives non-orthogonal representations in a substantial share (37% at this seed)', () => {
    const share = groups.filter((g) => !isOrthogonalGroup(g)).length / groups.length;
    expect(share).toBeGreaterThan(0.3);
    expect(share).toBeLessThan(0.6);
  });

  it('draws trivial, sign and permutation outputs, and S_n, C_n and B_d families', () => {
    const names = groups.map((g) => g.name).join('\n');
    for (const part of [
      'trivial output',
      'sign output',
      'permutation output',
      'conjugated by Q',
      'C3',
      'S4',
      'klein4',
      'c3-nonorthogonal',
    ]) {
      expect(names).toContain(part);
    }
  });

  it('maxPermutationOutputDim keeps permutation outputs off Q^4, and the rest as it was', () => {
    const onQ4 = (gs: typeof groups, output: string) =>
      gs.filter((g) => g.inputDim === 4 && g.name.endsWith(`${output} output`)).length;
    expect(onQ4(groups, 'permutation')).toBeGreaterThan(10);
    const capped = fc.sample(groupArbitrary({ maxPermutationOutputDim: 3 }), {
      numRuns: 400,
      seed: SEED,
    });
    expect(onQ4(capped, 'permutation')).toBe(0);
    expect(capped.filter((g) => g.name.endsWith('permutation output')).length).toBeGreaterThan(50);
    expect(onQ4(capped, 'trivial')).toBeGreaterThan(10);
    expect(onQ4(capped, 'sign')).toBeGreaterThan(10);
    expect(Math.max(...capped.map((g) => g.outputDim ?? 1))).toBe(3);
    // Without a cap below maxDim the draws are unchanged, so seeds keep their cases.
    const same = fc.sample(groupArbitrary({ maxPermutationOutputDim: 4 }), {
      numRuns: 400,
      seed: SEED,
    });
    expect(same.map((g) => g.name)).toEqual(groups.map((g) => g.name));
  });

  it('sign-type outputs are det rho_in, a homomorphism to {1, -1}', () => {
    for (const g of groups.filter((x) => x.name.includes('sign output'))) {
      for (const e of g.elements) expect(e.output![0]![0]!.equals(determinant(e.input))).toBe(true);
    }
  });
});

describe('networkArbitrary hard cases', () => {
  const nets = fc.sample(anyNetworkArbitrary(), { numRuns: 400, seed: SEED });

  it('plants duplicate, opposite and zero channels, and lines without a kink', () => {
    const hasDuplicate = nets.some(
      (n) => new Set(n.channels.map((c) => c.alpha.join(','))).size < n.channels.length,
    );
    const hasZero = nets.some((n) =>
      n.channels.some((c) => c.alpha.every((x) => x.isZero()) || c.beta.every((x) => x.isZero())),
    );
    const hasOpposite = nets.some((n) =>
      n.channels.some((c, i) =>
        n.channels.some(
          (e, j) =>
            i !== j &&
            c.alpha.some((x) => !x.isZero()) &&
            c.alpha.every((x, t) => x.equals(e.alpha[t]!.neg())),
        ),
      ),
    );
    const linesWithoutKink = nets.some((n) => {
      const lines = new Set(
        n.channels
          .filter((c) => c.alpha.some((x) => !x.isZero()))
          .map((c) => lineNormal(c.alpha).join(',')),
      );
      return canonicalForm(n).hyperplanes.length < lines.size;
    });
    expect([hasDuplicate, hasZero, hasOpposite, linesWithoutKink]).toEqual([
      true,
      true,
      true,
      true,
    ]);
  });

  it('rewritings compute the same function (same canonical form)', () => {
    for (const [f, g] of fc.sample(equalNetworkPairArbitrary(2, 1), { numRuns: 100, seed: SEED })) {
      expect(canonicalFormsEqual(canonicalForm(f), canonicalForm(g))).toBe(true);
    }
  });
});

describe('structured networks', () => {
  it('GENs are equivariant, and some of them are not LENs', () => {
    const gens = fc.sample(genArbitrary(), { numRuns: 100, seed: SEED });
    expect(gens.every((s) => equivarianceWitness(s.group, s.network) === null)).toBe(true);
    expect(gens.some((s) => !channelMultisetInvariant(s.group, s.network))).toBe(true);
    expect(new Set(gens.map((s) => s.kind))).toEqual(
      new Set(['symmetrised', 'hyperplaneOrbit', 'example5.1']),
    );
  });

  it('LENs are layer-wise equivariant and have orbits with nontrivial stabilisers', () => {
    const lens = fc.sample(lenArbitrary(), { numRuns: 100, seed: SEED });
    expect(lens.every((s) => channelMultisetInvariant(s.group, s.network))).toBe(true);
    expect(lens.every((s) => s.permutations.every((p) => p.every((j) => j >= 0)))).toBe(true);
    expect(lens.some((s) => s.network.channels.length % s.group.elements.length !== 0)).toBe(true);
    expect(lens.some((s) => rank(s.network.channels.map((c) => c.alpha)) > 1)).toBe(true);
  });
});
