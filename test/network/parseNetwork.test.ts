import { describe, expect, it } from 'vitest';
import { q } from '../../src/scalar/rational.ts';
import { networkToJson, parseNetwork } from '../../src/network/parseNetwork.ts';
import {
  fromMatrices,
  scaleNetwork,
  sumNetworks,
  toMatrices,
  width,
} from '../../src/network/network.ts';
import { canonicalForm, canonicalFormsEqual } from '../../src/network/canonicalForm.ts';
import { inputErrorMessage } from '../helpers/inputErrorMessage.ts';

const figure2Json = {
  inputDim: 2,
  outputDim: 1,
  channels: [
    { alpha: [1, 0], beta: [1] },
    { alpha: [0, -1], beta: [1] },
    { alpha: [-1, 1], beta: [1] },
  ],
};

describe('parseNetwork', () => {
  it('reads the channels form and writes it back with string scalars', () => {
    const f = parseNetwork(figure2Json, 'fig2.json');
    expect(width(f)).toBe(3);
    expect(networkToJson(f)).toEqual({
      inputDim: 2,
      outputDim: 1,
      channels: [
        { alpha: ['1', '0'], beta: ['1'] },
        { alpha: ['0', '-1'], beta: ['1'] },
        { alpha: ['-1', '1'], beta: ['1'] },
      ],
    });
    expect(networkToJson(parseNetwork(networkToJson(f), 'round-trip'))).toEqual(networkToJson(f));
  });

  it('reads the matrix form: rows of A channel vectors, columns of B output weights', () => {
    const m = parseNetwork(
      {
        A: [
          [1, 0],
          [0, -1],
          [-1, 1],
        ],
        B: [[1, 1, 1]],
      },
      'm.json',
    );
    expect(networkToJson(m)).toEqual(networkToJson(parseNetwork(figure2Json, 'f.json')));
    const v = parseNetwork({ A: [['1/2', '0.5']], B: [[1], ['-3']] }, 'v.json');
    expect(v.outputDim).toBe(2);
    expect(v.channels[0]!.beta.map(String)).toEqual(['1', '-3']);
    expect(v.channels[0]!.alpha.map(String)).toEqual(['1/2', '1/2']);
  });

  it('reads a network of width 0 when both dimensions are given', () => {
    const z = parseNetwork({ inputDim: 3, outputDim: 2, channels: [] }, 'z.json');
    expect([z.inputDim, z.outputDim, width(z)]).toEqual([3, 2, 0]);
  });

  it.each([
    [[1], 'n.json: expected an object, got an array'],
    [
      { channels: [], foo: 1 },
      'n.json: foo: unknown field (expected inputDim, outputDim, channels, name, description)',
    ],
    [{ channels: [] }, 'n.json: a network with no channels needs "inputDim" and "outputDim"'],
    [
      { inputDim: 0, channels: [] },
      'n.json: inputDim: expected a whole number from 1 to 64, got 0',
    ],
    [
      { inputDim: 3, channels: [{ alpha: [1, 0], beta: [1] }] },
      'n.json: channels[0].alpha: expected 3 entries, got 2',
    ],
    [
      {
        channels: [
          { alpha: [1, 0], beta: [1] },
          { alpha: [1], beta: [1] },
        ],
      },
      'n.json: channels[1].alpha: expected 2 entries, got 1',
    ],
    [
      { channels: [{ alpha: [1, 0.5], beta: [1] }] },
      'n.json: channels[0].alpha[1]: JSON number 0.5 is not a safe integer',
    ],
    [
      { channels: [{ alpha: [1, '1/0'], beta: [1] }] },
      'n.json: channels[0].alpha[1]: zero denominator in "1/0"',
    ],
    [
      { channels: [{ alpha: [1], beta: [[1]] }] },
      'n.json: channels[0].beta[0]: expected a number or a string like "3/4", got an array',
    ],
    [
      { channels: [{ alpha: [1], gamma: [1] }] },
      'n.json: channels[0].gamma: unknown field (expected "alpha" and "beta")',
    ],
    [
      { channels: [{ alpha: [], beta: [1] }] },
      'n.json: channels[0].alpha: channel vector is empty',
    ],
    [{ channels: {} }, 'n.json: channels: expected an array, got an object'],
    [{ A: [[1, 0]] }, 'n.json: B: missing (the matrix form needs "A" and "B")'],
    [{ A: [[1, 0]], B: [[1, 2]] }, 'n.json: B[0]: expected 1 entry, got 2'],
    [{ A: [[1, 0], [1]], B: [[1, 2]] }, 'n.json: A[1]: expected 2 entries, got 1'],
    [
      { A: [[1, 0]], B: [[1]], channels: [] },
      'n.json: channels: unknown field (expected inputDim, outputDim, A, B, name, description)',
    ],
    [{ outputDim: 2, A: [[1, 0]], B: [[1]] }, 'n.json: B: expected 2 rows, got 1'],
    [{ A: [], B: [[]] }, 'n.json: A: cannot read the input dimension; give "inputDim"'],
    [{ A: [[1]], B: [] }, 'n.json: B: needs at least one row (one per output)'],
  ])('refuses %j naming file, field and position', (json, expected) => {
    expect(inputErrorMessage(() => parseNetwork(json, 'n.json'))).toContain(expected);
  });
});

describe('network operations', () => {
  const f = parseNetwork(figure2Json, 'f.json');

  it('converts to and from the matrix form', () => {
    const { A, B } = toMatrices(f);
    expect(A.map((r) => r.map(String))).toEqual([
      ['1', '0'],
      ['0', '-1'],
      ['-1', '1'],
    ]);
    expect(B.map((r) => r.map(String))).toEqual([['1', '1', '1']]);
    expect(networkToJson(fromMatrices(A, B, 2, 1))).toEqual(networkToJson(f));
  });

  it('scales and sums: 2F - F - F is zero', () => {
    const zero = sumNetworks(scaleNetwork(f, q(2)), scaleNetwork(sumNetworks(f, f), q(-1)));
    expect(width(zero)).toBe(9);
    const cf = canonicalForm(zero);
    expect(cf.hyperplanes).toEqual([]);
    expect(
      canonicalFormsEqual(cf, canonicalForm({ inputDim: 2, outputDim: 1, channels: [] })),
    ).toBe(true);
  });
});
