/**
 * # Named groups
 *
 * Defines `presetGroup(name)` for the groups users ask for most, so that `--group klein4` works
 * without a file. Names and what they denote (all act on the input; output action trivial):
 *
 * | name                 | group                                                    | order   |
 * |----------------------|----------------------------------------------------------|---------|
 * | `klein4`             | Example 5.1: swap P and negation -I on Q^2               | 4       |
 * | `negation:N`         | {I, -I} on Q^N                                           | 2       |
 * | `cyclic:N`           | C_N, cyclic shift of coordinates on Q^N                  | N       |
 * | `symmetric:N`        | S_N, all permutations of coordinates on Q^N              | N!      |
 * | `hyperoctahedral:N`  | B_N, signed permutations on Q^N (alias `signed:N`)       | 2^N N!  |
 * | `dihedral4`          | symmetries of the square on Q^2                          | 8       |
 * | `c3-nonorthogonal`   | C_3 on Q^2 by `[[0,-1],[1,-1]]` (not orthogonal)         | 3       |
 */

import { Rational } from '../scalar/rational.ts';
import { InputError } from '../scalar/parseRational.ts';
import { identity, type Matrix } from '../linalg/matrix.ts';
import { generateGroup, type GeneratorSpec, type MatrixGroup } from './matrixGroup.ts';

function intMatrix(rows: number[][]): Matrix {
  return rows.map((row) => row.map((x) => Rational.of(x)));
}

function permutationMatrix(images: number[]): Matrix {
  // Column j is e_{images[j]}: the matrix sends e_j to e_{images[j]}.
  const n = images.length;
  return Array.from({ length: n }, (_, i) =>
    Array.from({ length: n }, (_, j) => (images[j] === i ? Rational.ONE : Rational.ZERO)),
  );
}

function negation(n: number): Matrix {
  return identity(n).map((row) => row.map((x) => x.neg()));
}

function shift(n: number): Matrix {
  return permutationMatrix(Array.from({ length: n }, (_, j) => (j + 1) % n));
}

function transposition(n: number): Matrix {
  return permutationMatrix(Array.from({ length: n }, (_, j) => (j === 0 ? 1 : j === 1 ? 0 : j)));
}

function firstSignFlip(n: number): Matrix {
  const m = identity(n);
  m[0]![0] = Rational.MINUS_ONE;
  return m;
}

const PRESET_NAMES = [
  'klein4',
  'negation:N',
  'cyclic:N',
  'symmetric:N',
  'hyperoctahedral:N',
  'signed:N',
  'dihedral4',
  'c3-nonorthogonal',
] as const;

function generatorsOf(name: string, n: number | null): GeneratorSpec[] | null {
  const need = (): number => {
    if (n === null || n < 1 || n > 12) {
      throw new InputError('--group', `preset "${name}" needs a dimension 1..12, e.g. "${name}:3"`);
    }
    return n;
  };
  switch (name) {
    case 'klein4':
      return [
        {
          input: intMatrix([
            [0, 1],
            [1, 0],
          ]),
        },
        {
          input: intMatrix([
            [-1, 0],
            [0, -1],
          ]),
        },
      ];
    case 'negation':
      return [{ input: negation(need()) }];
    case 'cyclic':
      return [{ input: shift(need()) }];
    case 'symmetric': {
      const d = need();
      return d === 1
        ? [{ input: identity(1) }]
        : [{ input: shift(d) }, { input: transposition(d) }];
    }
    case 'hyperoctahedral':
    case 'signed': {
      const d = need();
      const gens: GeneratorSpec[] = [{ input: firstSignFlip(d) }];
      if (d > 1) gens.push({ input: shift(d) }, { input: transposition(d) });
      return gens;
    }
    case 'dihedral4':
      return [
        {
          input: intMatrix([
            [0, -1],
            [1, 0],
          ]),
        },
        {
          input: intMatrix([
            [1, 0],
            [0, -1],
          ]),
        },
      ];
    case 'c3-nonorthogonal':
      return [
        {
          input: intMatrix([
            [0, -1],
            [1, -1],
          ]),
        },
      ];
    default:
      return null;
  }
}

/** Whether `spec` looks like a preset name (and not a file path). */
function isPresetName(spec: string): boolean {
  const base = spec.split(':')[0]!;
  return generatorsOf(base, 2) !== null;
}

/**
 * The named group, closed and validated.
 * @example presetGroup('hyperoctahedral:3').elements.length === 48
 * @throws InputError for an unknown name or a missing or bad dimension
 */
function presetGroup(spec: string, options: { maxOrder?: number } = {}): MatrixGroup {
  const [base, dim] = spec.split(':') as [string, string | undefined];
  if (dim !== undefined && !/^\d+$/.test(dim)) {
    throw new InputError('--group', `"${spec}": dimension must be a whole number`);
  }
  const gens = generatorsOf(base, dim === undefined ? null : Number(dim));
  if (!gens) {
    throw new InputError(
      '--group',
      `unknown group "${spec}" (presets: ${PRESET_NAMES.join(', ')}, or a JSON file)`,
    );
  }
  return generateGroup(gens, { ...options, name: spec }, spec);
}

export { presetGroup, isPresetName, permutationMatrix, PRESET_NAMES };
