import { describe, expect, it } from 'vitest';
import { Rational, q } from '../../src/scalar/rational.ts';
import { InputError } from '../../src/scalar/parseRational.ts';
import {
  identity,
  matMul,
  matricesEqual,
  transpose,
  type Matrix,
} from '../../src/linalg/matrix.ts';
import {
  DEFAULT_MAX_ORDER,
  generateGroup,
  outputMatrix,
  type MatrixGroup,
} from '../../src/group/matrixGroup.ts';
import { finiteOrderExponent, hasFiniteOrder } from '../../src/group/finiteOrder.ts';
import { toScaled } from '../../src/group/scaledMatrix.ts';
import { presetGroup } from '../../src/group/presets.ts';

const M = (rows: number[][]): Rational[][] => rows.map((r) => r.map((x) => q(x)));

function inputError(f: () => unknown): InputError {
  try {
    f();
  } catch (error) {
    if (error instanceof InputError) return error;
    throw error;
  }
  throw new Error('no InputError');
}

function timed<T>(f: () => T): { value: T; ms: number } {
  const start = performance.now();
  const value = f();
  return { value, ms: performance.now() - start };
}

function blockDiagonal(blocks: number[][][]): Rational[][] {
  const n = blocks.reduce((s, b) => s + b.length, 0);
  const m = identity(n).map((r) => r.map(() => Rational.ZERO));
  let at = 0;
  for (const b of blocks) {
    b.forEach((row, i) => row.forEach((x, j) => (m[at + i]![at + j] = q(x))));
    at += b.length;
  }
  return m;
}

/** Every product of two elements is an element, and the identity comes first. */
function expectClosed(group: MatrixGroup): void {
  const keys = new Set(group.elements.map((g) => JSON.stringify(g.input)));
  expect(keys.size).toBe(group.elements.length);
  expect(matricesEqual(group.elements[0]!.input, identity(group.inputDim))).toBe(true);
  for (const a of group.elements) {
    for (const b of group.elements) {
      expect(keys.has(JSON.stringify(matMul(a.input, b.input)))).toBe(true);
    }
  }
}

describe('generateGroup', () => {
  it('closes the Klein four group of Example 5.1, with words and contragredients', () => {
    const g = generateGroup([
      {
        input: M([
          [0, 1],
          [1, 0],
        ]),
      },
      {
        input: M([
          [-1, 0],
          [0, -1],
        ]),
      },
    ]);
    expect(g.elements.length).toBe(4);
    expect(g.outputDim).toBeNull();
    expectClosed(g);
    for (const e of g.elements) {
      const product = e.word.reduce<Matrix>(
        (p, i) => matMul(p, g.generators[i]!.input),
        identity(2),
      );
      expect(matricesEqual(product, e.input)).toBe(true);
      expect(matricesEqual(matMul(transpose(e.input), e.contragredient), identity(2))).toBe(true);
      expect(e.output).toBeNull();
      expect(matricesEqual(outputMatrix(e, 1), identity(1))).toBe(true);
    }
  });

  it('tracks the output action: input trivial, output -1 gives order 2', () => {
    const g = generateGroup([{ input: M([[1]]), output: M([[-1]]) }]);
    expect(g.elements.length).toBe(2);
    expect(g.outputDim).toBe(1);
    expect(g.elements.map((e) => e.output!.map((r) => r.map(String)))).toEqual([[['1']], [['-1']]]);
  });

  it('closes B_5 (order 3840) and S_6 (order 720) in well under a second', () => {
    const b5 = timed(() => presetGroup('hyperoctahedral:5'));
    expect(b5.value.elements.length).toBe(3840);
    expect(b5.ms).toBeLessThan(1000);
    const s6 = timed(() => presetGroup('symmetric:6'));
    expect(s6.value.elements.length).toBe(720);
    expect(s6.ms).toBeLessThan(1000);
    expect(DEFAULT_MAX_ORDER).toBeGreaterThanOrEqual(3840);
  });

  it.each([
    [
      '[[1,1],[0,1]]',
      [
        [1, 1],
        [0, 1],
      ],
    ],
    [
      '[[2,1],[1,1]]',
      [
        [2, 1],
        [1, 1],
      ],
    ],
    [
      '[[-1,1],[0,-1]]',
      [
        [-1, 1],
        [0, -1],
      ],
    ],
  ])('refuses the infinite-order generator %s in under a second', (_, rows) => {
    const { value: e, ms } = timed(() =>
      inputError(() => generateGroup([{ input: M(rows) }], {}, 'g.json')),
    );
    expect(e.message).toBe('g.json: generators[0]: has infinite order (no power is the identity)');
    expect(ms).toBeLessThan(1000);
  });

  it('refuses infinite order fast in dimension 24, where naive powering would explode', () => {
    const big = identity(24).map((r) => [...r]);
    big[0]![0] = q(2);
    big[0]![1] = q(1);
    big[1]![0] = q(1);
    const { value: e, ms } = timed(() => inputError(() => generateGroup([{ input: big }])));
    expect(e.problem).toBe('has infinite order (no power is the identity)');
    expect(ms).toBeLessThan(1000);
  });

  it('refuses a non-square, empty, mismatched or singular generator, naming it', () => {
    expect(inputError(() => generateGroup([{ input: M([[1, 0]]) }], {}, 'g.json')).message).toBe(
      'g.json: generators[0].input[0]: expected 1 entry (a square matrix), got 2',
    );
    expect(inputError(() => generateGroup([{ input: [] }], {}, 'g.json')).message).toBe(
      'g.json: generators[0].input: matrix is empty',
    );
    expect(
      inputError(() =>
        generateGroup([{ input: identity(2) }, { input: identity(3) }], {}, 'g.json'),
      ).message,
    ).toBe('g.json: generators[1].input: expected 2 rows, got 3');
    expect(
      inputError(() =>
        generateGroup(
          [
            { input: identity(2), output: identity(1) },
            { input: identity(2), output: identity(2) },
          ],
          {},
          'g.json',
        ),
      ).message,
    ).toBe('g.json: generators[1].output: expected 1 row, got 2');
    expect(
      inputError(() =>
        generateGroup(
          [
            {
              input: M([
                [1, 2],
                [2, 4],
              ]),
            },
          ],
          {},
          'g.json',
        ),
      ).message,
    ).toBe('g.json: generators[0].input: matrix is singular');
    expect(
      inputError(() => generateGroup([{ input: identity(1), output: M([[0]]) }], {}, 'g.json'))
        .message,
    ).toBe('g.json: generators[0].output: matrix is singular');
    expect(inputError(() => generateGroup([], {}, 'g.json')).message).toBe(
      'g.json: generators: at least one generator is needed',
    );
  });

  it('refuses matrices larger than 64 x 64 and closes a dense 64 x 64 reflection in time', () => {
    expect(inputError(() => generateGroup([{ input: identity(65) }], {}, 'g.json')).message).toBe(
      'g.json: generators[0].input: 65 x 65 is too large (at most 64 x 64)',
    );
    // I - (2/64) J: the reflection in the hyperplane orthogonal to (1, ..., 1), dense.
    const reflection = identity(64).map((row) => row.map((x) => x.sub(q(2, 64))));
    const { value: g, ms } = timed(() => generateGroup([{ input: reflection }]));
    expect(g.elements.length).toBe(2);
    expect(ms).toBeLessThan(5000);
  });

  it('refuses a group larger than the cap quickly', () => {
    const { value: e, ms } = timed(() =>
      inputError(() => presetGroup('hyperoctahedral:5', { maxOrder: 1000 })),
    );
    expect(e.message).toBe(
      'hyperoctahedral:5: group has more than 1000 elements (raise --max-order if it is finite; generators of finite order can also generate an infinite group)',
    );
    expect(ms).toBeLessThan(1000);
    expect(inputError(() => presetGroup('symmetric:8')).problem).toBe(
      'group has more than 10000 elements (raise --max-order if it is finite; generators of finite order can also generate an infinite group)',
    );
  });

  it('refuses an infinite group of finite-order generators before reaching the cap', () => {
    // Two reflections whose product has infinite order: an infinite dihedral group.
    const e = inputError(() =>
      generateGroup(
        [
          {
            input: M([
              [-1, 0],
              [0, 1],
            ]),
          },
          {
            input: M([
              [-1, 2],
              [0, 1],
            ]),
          },
        ],
        {
          maxOrder: 500,
        },
      ),
    );
    expect(e.problem).toBe(
      'the generators produce an element of infinite order (trace 2), so they generate an ' +
        'infinite group',
    );
  });
});

describe('hasFiniteOrder', () => {
  const finite = (rows: number[][]) => hasFiniteOrder(toScaled(M(rows)));

  it('accepts matrices of finite order, including non-orthogonal ones', () => {
    expect(
      finite([
        [0, -1],
        [1, -1],
      ]),
    ).toBe(true);
    expect(
      finite([
        [-1, 0],
        [0, -1],
      ]),
    ).toBe(true);
    // Companion matrix of Phi_5 = x^4 + x^3 + x^2 + x + 1: order 5.
    expect(
      finite([
        [0, 0, 0, -1],
        [1, 0, 0, -1],
        [0, 1, 0, -1],
        [0, 0, 1, -1],
      ]),
    ).toBe(true);
    // Order 12 = lcm(4, 3) in dimension 4.
    expect(
      hasFiniteOrder(
        toScaled(
          blockDiagonal([
            [
              [0, -1],
              [1, 0],
            ],
            [
              [0, -1],
              [1, -1],
            ],
          ]),
        ),
      ),
    ).toBe(true);
    // A conjugate of a permutation by a rational matrix.
    const c = M([
      [1, 2],
      [0, 3],
    ]);
    const ci = [
      [q(1), q(-2, 3)],
      [q(0), q(1, 3)],
    ];
    expect(
      hasFiniteOrder(
        toScaled(
          matMul(
            matMul(
              c,
              M([
                [0, 1],
                [1, 0],
              ]),
            ),
            ci,
          ),
        ),
      ),
    ).toBe(true);
  });

  it('refuses eigenvalues off the unit circle even when all traces of 2^i-th powers vanish', () => {
    // Companion matrix of (x^3 - 8)(x^3 - 1/8) = x^6 - (65/8) x^3 + 1: det 1, traces 0.
    const companion = identity(6).map((r) => r.map(() => Rational.ZERO));
    for (let i = 1; i < 6; i++) companion[i]![i - 1] = Rational.ONE;
    companion[0]![5] = q(-1);
    companion[3]![5] = q(65, 8);
    expect(hasFiniteOrder(toScaled(companion))).toBe(false);
  });

  it('knows the universal exponent of GL_2(Q) and GL_4(Q)', () => {
    expect(finiteOrderExponent(2)).toBe(12n);
    expect(finiteOrderExponent(4)).toBe(120n);
  });
});

describe('presetGroup', () => {
  it.each([
    ['klein4', 4, 2],
    ['negation:3', 2, 3],
    ['cyclic:5', 5, 5],
    ['cyclic:1', 1, 1],
    ['symmetric:4', 24, 4],
    ['symmetric:1', 1, 1],
    ['hyperoctahedral:3', 48, 3],
    ['signed:2', 8, 2],
    ['dihedral4', 8, 2],
    ['c3-nonorthogonal', 3, 2],
  ])('%s has order %i on Q^%i', (name, order, dim) => {
    const g = presetGroup(name);
    expect(g.elements.length).toBe(order);
    expect(g.inputDim).toBe(dim);
    expect(g.name).toBe(name);
    expectClosed(g);
  });

  it('refuses unknown names and bad dimensions', () => {
    expect(inputError(() => presetGroup('klein5')).message).toBe(
      '--group: unknown group "klein5" (presets: klein4, negation:N, cyclic:N, symmetric:N, ' +
        'hyperoctahedral:N, signed:N, dihedral4, c3-nonorthogonal, or a JSON file)',
    );
    expect(inputError(() => presetGroup('cyclic')).message).toBe(
      '--group: preset "cyclic" needs a dimension 1..12, e.g. "cyclic:3"',
    );
    expect(inputError(() => presetGroup('cyclic:0')).problem).toContain('needs a dimension 1..12');
    expect(inputError(() => presetGroup('cyclic:13')).problem).toContain('needs a dimension 1..12');
    expect(inputError(() => presetGroup('cyclic:x')).message).toBe(
      '--group: "cyclic:x": dimension must be a whole number',
    );
  });
});
