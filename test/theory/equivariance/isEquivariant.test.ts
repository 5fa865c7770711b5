import { describe, expect, it } from 'vitest';
import { presetGroup } from '../../../src/group/presets.ts';
import { InputError } from '../../../src/scalar/parseRational.ts';
import { isEquivariant } from '../../../src/theory/equivariance/isEquivariant.ts';
import {
  checkEquivarianceCertificate,
  checkEquivarianceCounterexample,
} from '../../../src/theory/equivariance/checkEquivariance.ts';
import type { Network } from '../../../src/network/network.ts';
import type { MatrixGroup } from '../../../src/group/matrixGroup.ts';
import { FIGURE2, R, RT, STRETCH_SWAP, group, net } from './fixtures.ts';

/** Decides, re-checks the witness with the independent checker, and returns the answer. */
function decide(f: Network, g: MatrixGroup) {
  const result = isEquivariant(f, g);
  const check = result.equivariant
    ? checkEquivarianceCertificate(f, g, result.certificate)
    : checkEquivarianceCounterexample(f, g, result.witness);
  expect(check).toEqual({ ok: true });
  return result;
}

const strings = (xs: { toString(): string }[]) => xs.map(String);

describe('isEquivariant (GEN)', () => {
  it('finds the Figure 2 network invariant under the Klein four group, with a certificate', () => {
    const result = decide(FIGURE2, presetGroup('klein4'));
    expect(result.equivariant).toBe(true);
    if (!result.equivariant) return;
    // Hyperplanes sorted (0,1), (1,-1), (1,0): the swap exchanges a=0 and b=0, -I fixes all.
    expect(result.certificate.transports.map((t) => t.images)).toEqual([
      [2, 1, 0],
      [0, 1, 2],
    ]);
    expect(result.certificate.transports.map((t) => strings(t.scales))).toEqual([
      ['1', '-1', '1'],
      ['-1', '-1', '-1'],
    ]);
  });

  it('tells C_3 by R from C_3 by R^T (the transposition trap)', () => {
    // s(R x) = s(-b, a - b) = relu(-b) + relu(b - a) + relu(a) = s(x), but not for R^T.
    expect(decide(FIGURE2, group([{ input: R }])).equivariant).toBe(true);
    const transposed = decide(FIGURE2, group([{ input: RT }]));
    expect(transposed.equivariant).toBe(false);

    // relu(a) + relu(b) + relu(-a - b) has channels on the rho_in(R)-orbit of (1,0), so it is
    // invariant under R^T (contragredient R^{-1}) and not under R.
    const other = net([
      [[1, 0], [1]],
      [[0, 1], [1]],
      [[-1, -1], [1]],
    ]);
    expect(decide(other, group([{ input: RT }])).equivariant).toBe(true);
    expect(decide(other, group([{ input: R }])).equivariant).toBe(false);
  });

  it('gives a counterexample point with both sides for a non-invariant network', () => {
    const f = net([[[1, 0], [1]]]);
    const result = decide(f, presetGroup('klein4'));
    expect(result.equivariant).toBe(false);
    if (result.equivariant) return;
    expect(result.witness.generator).toBe(0);
    expect(strings(result.witness.left)).not.toEqual(strings(result.witness.right));
  });

  it('handles a vector output with the swap acting on input and output', () => {
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
    const swap = [
      [0, 1],
      [1, 0],
    ];
    expect(decide(f, group([{ input: swap, output: swap }])).equivariant).toBe(true);
    // With the output left alone, (relu a, relu b) is not invariant under the swap.
    const invariant = decide(f, group([{ input: swap }]));
    expect(invariant.equivariant).toBe(false);
    if (invariant.equivariant) return;
    expect(invariant.witness.left.length).toBe(2);
  });

  it("transports kinks by c_{n'} = rho_out(g) c_n / |mu| for a rational representation", () => {
    // R^{-T} (1,0) = (0,2), so mu = 1/2 and the kink on b = 0 must be twice that on a = 0.
    const g = group([{ input: STRETCH_SWAP }]);
    const good = net([
      [[1, 0], [1]],
      [[-1, 0], [1]],
      [[0, 1], [2]],
      [[0, -1], [2]],
    ]);
    const bad = net([
      [[1, 0], [2]],
      [[-1, 0], [2]],
      [[0, 1], [1]],
      [[0, -1], [1]],
    ]);
    const yes = decide(good, g);
    expect(yes.equivariant).toBe(true);
    if (yes.equivariant)
      expect(strings(yes.certificate.transports[0]!.scales)).toEqual(['2', '1/2']);
    expect(decide(bad, g).equivariant).toBe(false);
  });

  it('accepts the zero network and a purely linear equivariant network', () => {
    expect(decide(net([[[0, 0], [0]]]), presetGroup('klein4')).equivariant).toBe(true);
    const linear = net([
      [[1, 1], [1]],
      [[-1, -1], [-1]],
    ]);
    expect(
      decide(
        linear,
        group([
          {
            input: [
              [0, 1],
              [1, 0],
            ],
          },
        ]),
      ).equivariant,
    ).toBe(true);
    expect(decide(linear, presetGroup('klein4')).equivariant).toBe(false);
  });

  it('refuses a group of the wrong shape with an InputError', () => {
    expect(() => isEquivariant(FIGURE2, presetGroup('cyclic:3'))).toThrow(InputError);
    const onOutputs = group([
      {
        input: [
          [0, 1],
          [1, 0],
        ],
        output: [
          [0, 1],
          [1, 0],
        ],
      },
    ]);
    expect(() => isEquivariant(FIGURE2, onOutputs)).toThrow(/outputs Q\^2/);
  });

  it('has checkers that reject tampered witnesses', () => {
    const g = presetGroup('klein4');
    const no = isEquivariant(net([[[1, 0], [1]]]), g);
    if (no.equivariant) throw new Error('expected a counterexample');
    const tampered = { ...no.witness, right: no.witness.left };
    expect(checkEquivarianceCounterexample(net([[[1, 0], [1]]]), g, tampered).ok).toBe(false);
    const yes = isEquivariant(FIGURE2, g);
    if (!yes.equivariant) throw new Error('expected a certificate');
    const swapped = {
      ...yes.certificate,
      transports: [
        { images: [0, 1, 2], scales: yes.certificate.transports[0]!.scales },
        yes.certificate.transports[1]!,
      ],
    };
    expect(checkEquivarianceCertificate(FIGURE2, g, swapped).ok).toBe(false);
  });
});
