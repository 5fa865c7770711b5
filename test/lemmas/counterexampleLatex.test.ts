/**
 * The LaTeX of counterexamples (`describeValue`): coefficients written as a mathematician writes
 * them, and lines that fit a page. The lines are pasted into `\begin{align*} ... \end{align*}`
 * of a default `article` (with `\allowdisplaybreaks`, as docs/lemmas.md advises for long ones)
 * and compiled with the real pdflatex: no overfull box, even for long sums, 4 x 4 generators
 * with output actions, and numbers of 25 to 120 digits.
 */
import { describe, expect, it } from 'vitest';
import { q, Rational } from '../../src/scalar/rational.ts';
import { generateGroup } from '../../src/group/matrixGroup.ts';
import { permutationMatrix } from '../../src/group/presets.ts';
import { compileLatex } from '../../src/latex/compileLatex.ts';
import { checkFormula } from '../../src/latex/checkFormulas.ts';
import { describeValue } from '../../src/lemmas/describeValue.ts';
import type { Network } from '../../src/network/network.ts';

const PDFLATEX = '/usr/bin/pdflatex';

const ints = (rows: number[][]) => rows.map((row) => row.map((x) => q(x)));
const vec = (xs: (number | Rational)[]) => xs.map((x) => (x instanceof Rational ? x : q(x)));
const unit = (alpha: (number | Rational)[], beta: (number | Rational)[]) => ({
  alpha: vec(alpha),
  beta: vec(beta),
});

/** The shrunk counterexample of examples/conjectures/invariantIsLen.ts at the CI seed. */
function invariantIsLenCounterexample() {
  const third = q(1, 3);
  return {
    kind: 'hyperplaneOrbit',
    group: generateGroup([
      {
        input: ints([
          [0, -1, 0],
          [0, 0, 1],
          [1, 0, 0],
        ]),
      },
    ]),
    network: {
      inputDim: 3,
      outputDim: 1,
      channels: [
        unit([0, 1, 0], [q(2, 3)]),
        unit([0, 0, 1], [q(2, 3)]),
        unit([1, 0, 0], [q(2, 3)]),
        unit([third, third, third], [-1]),
        unit([third.neg(), third.neg(), third.neg()], [1]),
      ],
    },
  };
}

/** Seed 7's slow least-widths case: S4 on Q^4 permuting outputs, 20 units with weights in Q^4. */
function s4PermutationOutput() {
  const shift = permutationMatrix([1, 2, 3, 0]);
  const swap = permutationMatrix([1, 0, 2, 3]);
  const group = generateGroup([
    { input: shift, output: shift },
    { input: swap, output: swap },
  ]);
  const a = q(91, 144);
  const network: Network = {
    inputDim: 4,
    outputDim: 4,
    channels: [
      ...[0, 1, 2, 3].map((i) =>
        unit(
          [0, 1, 2, 3].map((j) => (j === i ? q(-17, 8) : a)),
          [0, 1, 2, 3].map((j) => (j === i ? -1 : 0)),
        ),
      ),
      ...Array.from({ length: 16 }, (_, i) =>
        unit([-(i % 3), -9, 0, i - 8], [q(-1, 18), q(1, 6), q(-1, 24), q(i, 96)]),
      ),
    ],
  };
  return { group, network, isExample51: false };
}

/** 72 units on Q^3, the width of the symmetrised network seed 1 once found. */
function wideNetwork(): Network {
  return {
    inputDim: 3,
    outputDim: 1,
    channels: Array.from({ length: 72 }, (_, i) =>
      unit([i + 1, 2 * i + 3, -i - 5], [q(i % 2 === 0 ? 1 : -1, 24)]),
    ),
  };
}

/** Numbers of the `huge` rational arbitrary (2^80) and beyond (120 digits). */
function hugeNetwork(): Network {
  const big = (s: number) => q(2n ** 80n + BigInt(s), 3n ** 50n);
  const giant = q(10n ** 120n + 7n, 7n ** 100n);
  return {
    inputDim: 4,
    outputDim: 1,
    channels: [
      unit([big(1), big(2), big(3), big(4)], [big(5)]),
      unit([giant, 1, 0, -1], [giant.neg()]),
      unit([0, 0, 0, 0], [0]),
    ],
  };
}

describe('counterexample LaTeX', () => {
  it('writes weights 1 and -1 as relu and -relu, fractions without parentheses', () => {
    const { latex } = describeValue(invariantIsLenCounterexample());
    expect(latex.split(' \\\\\n')).toEqual([
      '&\\text{kind:}\\ \\text{hyperplaneOrbit}',
      '&\\text{group:}\\ G = \\langle g_{1} \\rangle,\\ \\lvert G\\rvert = 6,\\ \\rho(g_{1}) = ' +
        '\\begin{pmatrix} 0 & -1 & 0 \\\\ 0 & 0 & 1 \\\\ 1 & 0 & 0 \\end{pmatrix}',
      '&\\text{network:}\\ F(x) = \\tfrac{2}{3}\\,\\mathrm{relu}\\bigl(x_{2}\\bigr) + ' +
        '\\tfrac{2}{3}\\,\\mathrm{relu}\\bigl(x_{3}\\bigr)',
      '&\\qquad {} + \\tfrac{2}{3}\\,\\mathrm{relu}\\bigl(x_{1}\\bigr) - \\mathrm{relu}' +
        '\\bigl(\\tfrac{1}{3}\\,x_{1} + \\tfrac{1}{3}\\,x_{2} + \\tfrac{1}{3}\\,x_{3}\\bigr)',
      '&\\qquad {} + \\mathrm{relu}\\bigl(-\\tfrac{1}{3}\\,x_{1} - \\tfrac{1}{3}\\,x_{2} - ' +
        '\\tfrac{1}{3}\\,x_{3}\\bigr)',
    ]);
    expect(latex).not.toContain('\\left(1\\right)');
    expect(latex).not.toContain('\\left(-1\\right)');
  });

  it('keeps every unit, zero ones included, so the width can be read off', () => {
    const net = {
      inputDim: 2,
      outputDim: 1,
      channels: [unit([1, -1], [q(1, 2)]), unit([0, 0], [0])],
    };
    expect(describeValue(net)).toEqual({
      text: 'F: Q^2 -> Q^1, width 2: F(x) = 1/2 relu(<(1, -1), x>) + 0 relu(<(0, 0), x>)',
      latex:
        '&F(x) = \\tfrac{1}{2}\\,\\mathrm{relu}\\bigl(x_{1} - x_{2}\\bigr) + ' +
        '0\\,\\mathrm{relu}\\bigl(0\\bigr)',
    });
    expect(describeValue({ inputDim: 2, outputDim: 1, channels: [] }).latex).toBe('&F(x) = 0');
  });

  it('writes vector weights as columns and output actions as rho_out', () => {
    const { group, network } = s4PermutationOutput();
    const { latex } = describeValue({ group, network });
    expect(latex).toContain('\\rho_{\\mathrm{out}}(g_{2}) = \\begin{pmatrix} 0 & 1 & 0 & 0');
    expect(latex).toContain(
      '&\\text{network:}\\ F(x) = \\left(\\begin{smallmatrix} -1 \\\\ 0 \\\\ 0 \\\\ 0 ' +
        '\\end{smallmatrix}\\right)\\mathrm{relu}\\bigl(-\\tfrac{17}{8}\\,x_{1}',
    );
  });

  const samples: [string, unknown][] = [
    ['invariantIsLen.ts counterexample', invariantIsLenCounterexample()],
    ['S4 on Q4 with permutation outputs, 20 units', s4PermutationOutput()],
    ['72 units', { network: wideNetwork() }],
    ['numbers of 25 and 120 digits', { network: hugeNetwork() }],
    ['a vector and flags', { x: vec([q(1, 3), -2, 5]), site: 5111, isExample51: false }],
  ];

  it('every sample parses in KaTeX (strict) inside aligned', () => {
    for (const [, value] of samples) {
      const body = describeValue(value).latex;
      expect(checkFormula(`\\begin{aligned}\n${body}\n\\end{aligned}`, true)).toBeNull();
    }
  });

  it('compiles with pdflatex inside align* with no overfull box', () => {
    const blocks = samples.map(
      ([name, value]) =>
        `\\noindent ${name}:\n\\begin{align*}\n${describeValue(value).latex}\n\\end{align*}`,
    );
    const tex = [
      '\\documentclass{article}',
      '\\usepackage{amsmath}',
      '\\allowdisplaybreaks',
      '\\begin{document}',
      ...blocks,
      '\\end{document}',
      '',
    ].join('\n');
    const result = compileLatex(tex, { command: PDFLATEX });
    expect(result.status === 'failed' ? result.error : result.status).toBe('ok');
    if (result.status !== 'ok') return;
    expect(result.overfull).toEqual([]);
    expect(result.log).not.toMatch(/Overfull \\hbox/);
    expect(result.pdf.length).toBeGreaterThan(1000);
  });
});
