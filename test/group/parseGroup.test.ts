import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/scalar/parseRational.ts';
import { parseGroup } from '../../src/group/parseGroup.ts';
import { isPresetName } from '../../src/group/presets.ts';

function message(f: () => unknown): string {
  try {
    f();
  } catch (error) {
    if (error instanceof InputError) return error.message;
    throw error;
  }
  throw new Error('no InputError');
}

describe('parseGroup', () => {
  it('reads the file format of the issue, trivial output by default', () => {
    const g = parseGroup(
      {
        generators: [
          {
            input: [
              [0, 1],
              [1, 0],
            ],
          },
          {
            input: [
              [-1, 0],
              [0, -1],
            ],
          },
        ],
      },
      'k4.json',
    );
    expect(g.elements.length).toBe(4);
    expect(g.outputDim).toBeNull();
    expect(g.name).toBe('k4.json');
  });

  it('gives generators without "output" the identity output when others have one', () => {
    const g = parseGroup(
      {
        name: 'swap, sign on output',
        generators: [
          {
            input: [
              [0, 1],
              [1, 0],
            ],
            output: [['-1']],
          },
          {
            input: [
              [-1, 0],
              [0, -1],
            ],
          },
        ],
      },
      'g.json',
    );
    expect(g.name).toBe('swap, sign on output');
    expect(g.outputDim).toBe(1);
    expect(g.elements.length).toBe(4);
    expect(g.generators[1]!.output!.map((r) => r.map(String))).toEqual([['1']]);
  });

  it('accepts exact fractions in generators', () => {
    const g = parseGroup(
      {
        generators: [
          {
            input: [
              ['0', '2'],
              ['1/2', 0],
            ],
          },
        ],
      },
      'g.json',
    );
    expect(g.elements.length).toBe(2);
  });

  it.each([
    [[], 'g.json: expected an object, got an array'],
    [{}, 'g.json: generators: expected an array, got nothing (the field is missing)'],
    [
      { generators: [], extra: 1 },
      'g.json: extra: unknown field (expected "generators" and optional "name")',
    ],
    [
      { generators: [{ input: [[1]], outptu: [[1]] }] },
      'g.json: generators[0].outptu: unknown field (expected "input" and optional "output")',
    ],
    [{ generators: [{ input: [[0.5]] }] }, 'g.json: generators[0].input[0][0]: JSON number 0.5'],
    [{ generators: [{ input: [['1/0']] }] }, 'g.json: generators[0].input[0][0]: zero denominator'],
    [
      {
        generators: [
          {
            input: [
              [1, 1],
              [0, 1],
            ],
          },
        ],
      },
      'g.json: generators[0]: has infinite order',
    ],
    [
      {
        generators: [
          {
            input: [
              [1, 2],
              [2, 4],
            ],
          },
        ],
      },
      'g.json: generators[0].input: matrix is singular',
    ],
    [
      { generators: [{ input: [[1, 0], [0]] }] },
      'g.json: generators[0].input[1]: expected 2 entries',
    ],
  ])('refuses %j with a located message', (json, expected) => {
    expect(message(() => parseGroup(json, 'g.json'))).toContain(expected);
  });
});

describe('isPresetName', () => {
  it('recognises preset names with or without a dimension', () => {
    expect(isPresetName('klein4')).toBe(true);
    expect(isPresetName('cyclic:3')).toBe(true);
    expect(isPresetName('hyperoctahedral')).toBe(true);
    expect(isPresetName('groups/k4.json')).toBe(false);
  });
});
