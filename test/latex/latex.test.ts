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
import {
  buildDerivation,
  DERIVATION_BODY_FILE,
  type Derivation,
} from '../../src/latex/buildDerivation.ts';
import {
  compileLatex,
  PDFLATEX_INSTALL_HINT,
  type CompileResult,
} from '../../src/latex/compileLatex.ts';
import { latexDocument } from '../../src/latex/latexDocument.ts';
import { describeProblem } from '../../src/latex/checkFormulas.ts';
import { displaySum, estimateWidthEm } from '../../src/latex/breakFormulas.ts';
import { formulaRecorder } from '../../src/latex/formulaRecorder.ts';
import { symmetrise } from '../../src/theory/equivariance/symmetrise.ts';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EXAMPLE_5_1_TARGET } from '../helpers/example51.ts';

const v = (...xs: number[]): Rational[] => xs.map((x) => q(x));
const s = EXAMPLE_5_1_TARGET;

/** The full document, compiled with its fragment next to it. */
function compileDocument(d: Derivation): CompileResult {
  return compileLatex(d.tex, { extraFiles: new Map([[DERIVATION_BODY_FILE, d.body]]) });
}

/**
 * A user's article (default margins, its own theorem counter and its own `\\relu`) that inputs
 * the fragment between two of its own theorems.
 */
const HOST = [
  '\\documentclass{article}',
  '\\usepackage{amsmath,amsthm}',
  '\\newtheorem{theorem}{Theorem}',
  '\\newcommand{\\relu}{\\operatorname{ReLU}}',
  '\\begin{document}',
  '\\begin{theorem}Host theorem before.\\end{theorem}',
  '\\input{derivation-body}',
  '\\begin{theorem}Host theorem after, $\\relu(x)$.\\end{theorem}',
  '\\end{document}',
  '',
].join('\n');

function compileInHost(d: Derivation): CompileResult {
  return compileLatex(HOST, { extraFiles: new Map([[DERIVATION_BODY_FILE, d.body]]) });
}

/** The text of a PDF, by poppler's pdftotext. */
function pdfText(pdf: Uint8Array): string {
  const dir = mkdtempSync(join(tmpdir(), 'symrelu-pdftext-'));
  try {
    writeFileSync(join(dir, 'x.pdf'), pdf);
    return spawnSync('pdftotext', [join(dir, 'x.pdf'), '-'], { encoding: 'utf8' }).stdout;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

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
    expect(networkLatex(s)).toBe('\\srrelu(a) + \\srrelu(-b) + \\srrelu(-a + b)');
    expect(canonicalFormLatex(canonicalForm(s))).toBe(
      '\\frac{1}{2}\\,\\lvert b\\rvert + \\frac{1}{2}\\,\\lvert a - b\\rvert + ' +
        '\\frac{1}{2}\\,\\lvert a\\rvert',
    );
    expect(cyclesLatex([1, 0, 3, 2, 4])).toBe('(1\\;2)\\allowbreak (3\\;4)');
    expect(cyclesLatex([0, 1])).toBe('\\mathrm{id}');
  });

  it('lets KaTeX reject a malformed formula and name it', () => {
    expect(checkFormula('\\frac{1}{2} + \\srrelu(a)')).toBeNull();
    expect(checkFormula('\\frac{1}{2')?.formula).toBe('\\frac{1}{2');
    expect(checkFormula('\\undefinedmacro x')?.problem).toMatch(/undefinedmacro/);
  });
});

describe('buildDerivation for Example 5.1', () => {
  const cert = buildCertificate(s, presetGroup('klein4'));
  const { body: tex, formulas } = buildDerivation(cert);

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
    expect(tex).toContain('F \\in \\srGN_{3}');
    expect(tex).toContain('F \\notin \\srGN_{2}');
    expect(tex).toContain('F \\in \\srGEN_{3}');
    expect(tex).toContain('F \\in \\srLEN^{\\mathrm{any}}_{6}');
    expect(tex).toContain('F \\notin \\srLEN^{\\mathrm{any}}_{5}');
    expect(tex).toContain('F \\in \\srLEN^{\\mathrm{regular}}_{8}');
    expect(tex).toContain('(4 channel vectors)');
    expect(tex).toContain('(2 channel vectors)');
    expect(tex).toMatch(/\\begin\{srtheorem\}.*\\begin\{proof\}/s);
    expect(tex).not.toContain('\\textbf{fail}');
    expect(tex).not.toContain('\\textbf{differs from}');
  });

  it('compiles with the real pdflatex without overfull lines', () => {
    const result = compileDocument(buildDerivation(cert));
    expect(result.status).toBe('ok');
    if (result.status !== 'ok') return;
    expect(new TextDecoder().decode(result.pdf.slice(0, 5))).toBe('%PDF-');
    expect(result.overfull).toEqual([]);
  });

  it('keeps 40-digit coefficients inside the margins', () => {
    const big = Rational.of(10n ** 40n + 7n, 3n);
    const scaled: Network = { ...s, channels: s.channels.map((c) => ({ ...c, beta: [big] })) };
    const derivation = buildDerivation(buildCertificate(scaled, presetGroup('klein4')));
    expect(derivation.body).toContain('\\allowbreak');
    expect(checkFormulas(derivation.formulas)).toEqual([]);
    const result = compileDocument(derivation);
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
    const derivation = buildDerivation(buildCertificate(target, group));
    const { tex, formulas } = { tex: derivation.body, formulas: derivation.formulas };
    expect(tex).toContain(
      '\\rho_{\\mathrm{out}}(g_{1}) = \\begin{pmatrix} 0 & 1 \\\\ 1 & 0 \\end{pmatrix}',
    );
    expect(tex).toContain('least GN width, which is at least $4$');
    expect(tex).toContain('F \\in \\srLEN^{\\mathrm{any}}_{4}');
    expect(checkFormulas(formulas)).toEqual([]);
    const result = compileDocument(derivation);
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
    const derivation = buildDerivation(buildCertificate(target, presetGroup(group)));
    expect(checkFormulas(derivation.formulas)).toEqual([]);
    const result = compileDocument(derivation);
    expect(result.status === 'ok' ? result.overfull : result).toEqual([]);
    const hosted = compileInHost(derivation);
    expect(hosted.status === 'ok' ? hosted.overfull : hosted).toEqual([]);
  });

  it('says why a non-equivariant target has no GEN or LEN claims', () => {
    const { body: tex } = buildDerivation(buildCertificate(skew, presetGroup('klein4')));
    // F(a, b) = 3 relu(a + 2b) - relu(b)/2 and g1 swaps a and b: F(1, 0) = 3, F(0, 1) = 11/2.
    expect(tex).toContain(
      'is \\emph{not} $G$-invariant: at $x = (1, 0)$ and the generator $g_{1}$, ' +
        '$F(\\rho_{\\mathrm{in}}(g)x) = \\frac{11}{2}$ while $F(x) = 3$.',
    );
    expect(tex).not.toContain('\\srLEN^{');
  });
});

describe('breaking long sums', () => {
  const relu = { sign: 1, body: '\\srrelu(a)' };

  it('estimates widths from the source', () => {
    expect(estimateWidthEm('\\srrelu(a)')).toBeCloseTo(2.1 + 0.4 + 0.6 + 0.4, 9);
    expect(estimateWidthEm('\\frac{1}{384}')).toBeCloseTo(1.5 + 0.3, 9);
  });

  it('keeps a short sum on one displayed line', () => {
    const m = formulaRecorder();
    expect(displaySum(m, 'F(a)', [relu, relu])).toBe('\\[\nF(a) = \\srrelu(a) + \\srrelu(a)\n\\]');
    expect(m.formulas).toEqual(['F(a) = \\srrelu(a) + \\srrelu(a)']);
  });

  it('breaks 30 terms into align* lines, each recorded and within the line budget', () => {
    const m = formulaRecorder();
    const tex = displaySum(
      m,
      'F(a)',
      Array.from({ length: 30 }, () => relu),
    );
    expect(tex.startsWith('\\begin{align*}\nF(a) &= \\srrelu(a) + ')).toBe(true);
    const lines = tex.split(' \\\\\n');
    expect(lines.length).toBe(m.formulas.length);
    // 'F(a) = ' is 3.35 em, a term 3.5 em, ' + term' 4.85 em: 4 terms on the first line (21.4
    // em; a fifth would make 26.25), then 4 per line after the 1 em indent: 4 + 4 * 6 + 2 = 30.
    expect(lines.length).toBe(8);
    expect(m.formulas[0]).toBe(`F(a) = \\srrelu(a)${' + \\srrelu(a)'.repeat(3)}`);
    expect(m.formulas[1]).toBe(`{}${' + \\srrelu(a)'.repeat(4)}`);
    expect(m.formulas[7]).toBe('{} + \\srrelu(a) + \\srrelu(a)');
    for (const f of m.formulas) expect(estimateWidthEm(f)).toBeLessThanOrEqual(26);
    expect(checkFormulas(m.formulas)).toEqual([]);
  });

  it('writes a term wider than a line as breakable inline formulas', () => {
    const m = formulaRecorder();
    const huge = { sign: -1, body: `${'1234567890\\allowbreak '.repeat(8)}\\,\\srrelu(a)` };
    const tex = displaySum(m, 'F(a)', [relu, huge]);
    expect(tex).toBe(`\\par\\noindent $F(a) = \\srrelu(a)$\n\${} - ${huge.body}$\\par`);
  });

  it('lets KaTeX accept a 384-term formula and reports a rejection on one line', () => {
    const sum = Array.from({ length: 384 }, () => '\\frac{1}{384}\\,\\srrelu(a)').join(' + ');
    expect(checkFormula(sum)).toBeNull();
    const problem = checkFormula(`${sum} + \\frac{1}{2`)!;
    const line = describeProblem(problem);
    expect(line).not.toContain('\n');
    expect(line.length).toBeLessThan(320);
    expect(line).toMatch(
      /^KaTeX parse error: .* in formula "\\frac\{1\}\{384\}\\,\\srrelu\(a\) \+ /,
    );
  });
});

describe('the pasteable fragment', () => {
  const derivation = buildDerivation(buildCertificate(s, presetGroup('klein4')));

  it('defines its macros with providecommand and its environments only when absent', () => {
    const body = derivation.body;
    expect(body).toContain('\\providecommand{\\srrelu}{\\operatorname{relu}}');
    expect(body).toContain('\\providecommand{\\srpaper}{[arXiv:2512.09673]}');
    expect(body).toContain('\\ifcsname srtheorem\\endcsname\\else');
    expect(body).not.toMatch(/\\newcommand|\\relu\b|\\begin\{theorem\}|\\section\{/);
    expect(body).toContain('By Theorem~4.2 of~\\srpaper{}, each of the 3 boundary hyperplanes');
    expect(body).toContain('[Definition~4.1 of~\\srpaper{} and Theorem~4.2]');
    expect(body).toMatch(/\\label\{symrelu-[0-9a-f]{8}:claim-gn\}/);
  });

  it('is input by derivation.tex rather than copied, so the two cannot drift apart', () => {
    expect(derivation.tex).toContain('\\input{derivation-body}');
    expect(derivation.tex).not.toContain('\\srsection');
    expect(derivation.tex).toContain('\\newcommand{\\srtheoremprefix}{}');
  });

  it('compiles in a host article with its own theorem and \\relu, numbered apart', () => {
    const result = compileInHost(derivation);
    expect(result.status).toBe('ok');
    if (result.status !== 'ok') return;
    expect(result.overfull).toEqual([]);
    expect(result.log).not.toMatch(/^! /m);
    const text = pdfText(result.pdf).replace(/\s+/g, ' ');
    expect(text).toContain('Theorem 1. Host theorem before.');
    expect(text).toContain('Theorem 2. Host theorem after, ReLU(x).');
    expect(text).toContain('Proposition S1 (Definition 4.1 of [arXiv:2512.09673] and Theorem 4.2)');
    expect(text).toContain('Theorem S3 (certificate claim gn)');
  });
});

describe('hosts that define some of the fragment environments themselves', () => {
  // Adversarial review: one \\ifcsname test guarded all five environments, so a host with its
  // own srremark got "already defined" and one with only srtheorem got "srproposition undefined".
  const derivation = buildDerivation(buildCertificate(s, presetGroup('klein4')));
  it.each([
    ['srremark', '\\newtheorem{srremark}{Host remark}'],
    ['srtheorem', '\\newtheorem{srtheorem}{My theorem}'],
  ])('compiles when the host already defines %s', (_env, definition) => {
    const host = HOST.replace(
      '\\newtheorem{theorem}{Theorem}',
      `\\newtheorem{theorem}{Theorem}\n${definition}`,
    );
    const result = compileLatex(host, {
      extraFiles: new Map([[DERIVATION_BODY_FILE, derivation.body]]),
    });
    expect(result.status === 'ok' ? result.log : result).not.toMatch(/^! /m);
    expect(result.status).toBe('ok');
  });
});

describe('wording of the GN lower bound and the conclusion', () => {
  it('says no enumeration was needed when the width equals p (Example 5.1)', () => {
    const { body } = buildDerivation(buildCertificate(s, presetGroup('klein4')));
    expect(body).toContain(
      'leaves no remainder, so width $3$ is attained and no other choice needs to be examined.',
    );
    expect(body).not.toMatch(/All 0|all 0|LEN\\_5/);
    expect(body).toContain('\\item $F \\notin \\srLEN^{\\mathrm{any}}_{5}$ with any permutation');
  });

  it('argues a linear target (p = 0) without hyperplanes to count', () => {
    const linear: Network = {
      inputDim: 2,
      outputDim: 1,
      channels: [
        { alpha: v(1, 0), beta: v(1) },
        { alpha: v(-1, 0), beta: v(-1) },
      ],
    };
    const { body } = buildDerivation(buildCertificate(linear, presetGroup('klein4')));
    expect(body).toContain('has no boundary hyperplane, so it is the linear map $x \\mapsto Wx$');
    expect(body).toContain('the least width is $2 \\cdot 1 = 2$.');
    expect(body).not.toMatch(/p = 0|at least \$0\$|\(\)/);
  });

  it('enumerates choices when the width exceeds p and says how many', () => {
    // |a| + |b| + a under klein4 is not invariant; GN: hyperplanes a = 0 and b = 0, w = (1, 0).
    const skewed: Network = {
      inputDim: 2,
      outputDim: 1,
      channels: [
        { alpha: v(1, 0), beta: v(2) },
        { alpha: v(0, 1), beta: v(1) },
        { alpha: v(0, -1), beta: v(1) },
        { alpha: v(1, 1), beta: v(1) },
        { alpha: v(-1, -1), beta: v(-1) },
      ],
    };
    const cert = buildCertificate(skewed, presetGroup('klein4'));
    const gn = cert.claims.find((c) => c.id === 'gn')!;
    const { body } = buildDerivation(cert);
    if (gn.kind === 'leastWidth' && gn.lowerBound.method === 'gn-hyperplane-enumeration') {
      const lb = gn.lowerBound;
      expect(lb.optimalCost).toBeGreaterThan(lb.hyperplanes.length);
      expect(body).toContain(`all ${lb.choicesEnumerated} such choices were enumerated exactly`);
    } else {
      expect.unreachable('the GN claim is a least width with the hyperplane enumeration');
    }
  });
});

describe('a 384-unit target (hyperoctahedral:4 symmetrisation of relu(<(1,2,3,4), x>))', () => {
  it('builds, passes KaTeX line by line and compiles cleanly alone and in a host', () => {
    const started = Date.now();
    const group = presetGroup('hyperoctahedral:4');
    const seed: Network = {
      inputDim: 4,
      outputDim: 1,
      channels: [{ alpha: v(1, 2, 3, 4), beta: v(1) }],
    };
    const target = symmetrise(seed, group, { merge: true }).network;
    expect(target.channels).toHaveLength(384);
    const derivation = buildDerivation(buildCertificate(target, group));
    expect(checkFormulas(derivation.formulas)).toEqual([]);
    expect(derivation.body).toContain('F(x_{1}, x_{2}, x_{3}, x_{4}) = \\sum_{i=1}^{384}');
    expect(derivation.body).toContain('$\\beta_i = \\frac{1}{384}$ for $i = 1, \\dots, 384$');
    expect(derivation.body).toContain('kinks $c_l = \\frac{1}{384}$ for $l = 1, \\dots, 192$;');
    const alone = compileDocument(derivation);
    expect(alone.status === 'ok' ? alone.overfull : alone).toEqual([]);
    const hosted = compileInHost(derivation);
    expect(hosted.status === 'ok' ? hosted.overfull : hosted).toEqual([]);
    expect(Date.now() - started).toBeLessThan(60_000);
  }, 120_000);
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
