import { describe, expect, it } from 'vitest';
import { q, Rational } from '../../src/scalar/rational.ts';
import { presetGroup } from '../../src/group/presets.ts';
import { generateGroup } from '../../src/group/matrixGroup.ts';
import type { Network } from '../../src/network/network.ts';
import { canonicalForm } from '../../src/network/canonicalForm.ts';
import { buildCertificate } from '../../src/certificate/buildCertificate.ts';
import { escapeLatex } from '../../src/latex/escapeLatex.ts';
import { checkFormula, checkFormulas } from '../../src/latex/checkFormulas.ts';
import {
  canonicalFormLatex,
  cyclesLatex,
  linearFormLatex,
  networkLatex,
} from '../../src/latex/latexFormulas.ts';
import { buildDerivation } from '../../src/latex/buildDerivation.ts';
import { compileLatex, PDFLATEX_INSTALL_HINT } from '../../src/latex/compileLatex.ts';
import { latexDocument } from '../../src/latex/latexDocument.ts';

const v = (...xs: number[]): Rational[] => xs.map((x) => q(x));
const s: Network = {
  inputDim: 2,
  outputDim: 1,
  channels: [
    { alpha: v(1, 0), beta: v(1) },
    { alpha: v(0, -1), beta: v(1) },
    { alpha: v(-1, 1), beta: v(1) },
  ],
};

describe('escapeLatex', () => {
  it('makes every special character print as itself', () => {
    expect(escapeLatex('a_b 50% #1 {x} $y$ & ~ ^ \\ <|>')).toBe(
      'a\\_b 50\\% \\#1 \\{x\\} \\$y\\$ \\& \\textasciitilde{} \\textasciicircum{} ' +
        '\\textbackslash{} \\textless{}\\textbar{}\\textgreater{}',
    );
    expect(escapeLatex('Stab → G')).toBe('Stab ? G');
  });
});

describe('formula renderers', () => {
  it('writes linear forms, networks and canonical forms with exact coefficients', () => {
    expect(linearFormLatex([q(-1), q(1, 2)], ['a', 'b'])).toBe('-a + \\frac{1}{2}\\,b');
    expect(linearFormLatex([q(0), q(0)], ['a', 'b'])).toBe('0');
    expect(networkLatex(s)).toBe('\\relu(a) + \\relu(-b) + \\relu(-a + b)');
    expect(canonicalFormLatex(canonicalForm(s))).toBe(
      '\\frac{1}{2}\\,\\lvert b\\rvert + \\frac{1}{2}\\,\\lvert a - b\\rvert + ' +
        '\\frac{1}{2}\\,\\lvert a\\rvert',
    );
    expect(cyclesLatex([1, 0, 3, 2, 4])).toBe('(1\\;2)\\allowbreak (3\\;4)');
    expect(cyclesLatex([0, 1])).toBe('\\mathrm{id}');
  });

  it('lets KaTeX reject a malformed formula and name it', () => {
    expect(checkFormula('\\frac{1}{2} + \\relu(a)')).toBeNull();
    expect(checkFormula('\\frac{1}{2')?.formula).toBe('\\frac{1}{2');
    expect(checkFormula('\\undefinedmacro x')?.problem).toMatch(/undefinedmacro/);
  });
});

describe('buildDerivation for Example 5.1', () => {
  const cert = buildCertificate(s, presetGroup('klein4'));
  const { tex, formulas } = buildDerivation(cert);

  it('passes KaTeX formula by formula', () => {
    expect(formulas.length).toBeGreaterThan(100);
    expect(checkFormulas(formulas)).toEqual([]);
  });

  it('states the group, the hyperplanes, the orbits and the widths 3, 6 and 8 exactly', () => {
    expect(tex).toContain('\\lvert G\\rvert = 4');
    expect(tex).toContain('n_{1} = (0, 1)');
    expect(tex).toContain('n_{2} = (1, -1)');
    expect(tex).toContain('n_{3} = (1, 0)');
    expect(tex).toContain('c_{1} = \\frac{1}{2}');
    expect(tex).toContain('F \\in \\GN_{3}');
    expect(tex).toContain('F \\notin \\GN_{2}');
    expect(tex).toContain('F \\in \\GEN_{3}');
    expect(tex).toContain('F \\in \\LEN^{\\mathrm{any}}_{6}');
    expect(tex).toContain('F \\notin \\LEN^{\\mathrm{any}}_{5}');
    expect(tex).toContain('F \\in \\LEN^{\\mathrm{regular}}_{8}');
    expect(tex).toContain('(4 channel vectors)');
    expect(tex).toContain('(2 channel vectors)');
    expect(tex).toMatch(/\\begin\{theorem\}.*\\begin\{proof\}/s);
    expect(tex).not.toContain('\\textbf{fail}');
    expect(tex).not.toContain('\\textbf{differs from}');
  });

  it('compiles with the real pdflatex without overfull lines', () => {
    const result = compileLatex(tex);
    expect(result.status).toBe('ok');
    if (result.status !== 'ok') return;
    expect(new TextDecoder().decode(result.pdf.slice(0, 5))).toBe('%PDF-');
    expect(result.overfull).toEqual([]);
  });

  it('keeps 40-digit coefficients inside the margins', () => {
    const big = Rational.of(10n ** 40n + 7n, 3n);
    const scaled: Network = { ...s, channels: s.channels.map((c) => ({ ...c, beta: [big] })) };
    const derivation = buildDerivation(buildCertificate(scaled, presetGroup('klein4')));
    expect(derivation.tex).toContain('\\allowbreak');
    expect(checkFormulas(derivation.formulas)).toEqual([]);
    const result = compileLatex(derivation.tex);
    expect(result.status).toBe('ok');
    if (result.status === 'ok') expect(result.overfull).toEqual([]);
  });
});

describe('buildDerivation for an equivariant vector output', () => {
  it('argues by orbit counting plus the GN bound and compiles cleanly', () => {
    const swap = [
      [q(0), q(1)],
      [q(1), q(0)],
    ];
    const group = generateGroup([{ input: swap, output: swap }], { name: 'swap' });
    const target: Network = {
      inputDim: 2,
      outputDim: 2,
      channels: [
        { alpha: v(1, 0), beta: v(1, 0) },
        { alpha: v(0, 1), beta: v(0, 1) },
        { alpha: v(1, -1), beta: v(1, 1) },
        { alpha: v(-1, 1), beta: v(1, 1) },
      ],
    };
    const { tex, formulas } = buildDerivation(buildCertificate(target, group));
    expect(tex).toContain(
      '\\rho_{\\mathrm{out}}(g_{1}) = \\begin{pmatrix} 0 & 1 \\\\ 1 & 0 \\end{pmatrix}',
    );
    expect(tex).toContain('least GN width, which is at least $4$');
    expect(tex).toContain('F \\in \\LEN^{\\mathrm{any}}_{4}');
    expect(checkFormulas(formulas)).toEqual([]);
    const result = compileLatex(tex);
    expect(result.status).toBe('ok');
    if (result.status === 'ok') expect(result.overfull).toEqual([]);
  });
});

describe('buildDerivation on edge cases', () => {
  const zero: Network = { inputDim: 2, outputDim: 1, channels: [] };
  const abs: Network = {
    inputDim: 1,
    outputDim: 1,
    channels: [
      { alpha: v(1), beta: v(1) },
      { alpha: v(-1), beta: v(1) },
    ],
  };
  const skew: Network = {
    inputDim: 2,
    outputDim: 1,
    channels: [
      { alpha: v(1, 2), beta: v(3) },
      { alpha: v(0, 1), beta: [q(-1, 2)] },
    ],
  };
  const l1: Network = {
    inputDim: 3,
    outputDim: 1,
    channels: [v(1, 0, 0), v(0, 1, 0), v(0, 0, 1)].flatMap((e) => [
      { alpha: e, beta: v(1) },
      { alpha: e.map((x) => x.neg()), beta: v(1) },
    ]),
  };
  const cases: [string, Network, string][] = [
    ['|a| + |b| + |c| under B_3 (48 units, long cycles)', l1, 'hyperoctahedral:3'],
    ['the zero function (empty lists)', zero, 'klein4'],
    ['|x| on a line', abs, 'negation:1'],
    ['a target that is not equivariant', skew, 'klein4'],
  ];
  it.each(cases)('compiles for %s', (_, target, group) => {
    const { tex, formulas } = buildDerivation(buildCertificate(target, presetGroup(group)));
    expect(checkFormulas(formulas)).toEqual([]);
    const result = compileLatex(tex);
    expect(result.status === 'ok' ? result.overfull : result).toEqual([]);
  });

  it('says why a non-equivariant target has no GEN or LEN claims', () => {
    const { tex } = buildDerivation(buildCertificate(skew, presetGroup('klein4')));
    expect(tex).toContain('is \\emph{not} $G$-invariant: at $x = (1, 0)$');
    expect(tex).not.toContain('\\LEN^{');
  });
});

describe('compileLatex', () => {
  it('reports a missing pdflatex instead of throwing, with the install hint available', () => {
    const result = compileLatex(latexDocument({ title: 't', body: ['x'] }), {
      command: '/nonexistent/pdflatex',
    });
    expect(result).toEqual({ status: 'missing', command: '/nonexistent/pdflatex' });
    expect(PDFLATEX_INSTALL_HINT).toBe('apt-get install texlive-latex-base');
  });

  it('returns the first error line of a document that does not compile', () => {
    const result = compileLatex(latexDocument({ title: 't', body: ['$\\frac{1}{2$'] }));
    expect(result.status).toBe('failed');
    if (result.status === 'failed') expect(result.error.length).toBeGreaterThan(0);
  });

  it('refuses an extra file name that is a path', () => {
    expect(() =>
      compileLatex('x', { extraFiles: new Map([['../evil.png', 'x']]), command: '/nonexistent' }),
    ).toThrow(/plain file name/);
  });
});
