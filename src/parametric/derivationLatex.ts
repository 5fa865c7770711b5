/**
 * # The derivation of a parametric network as a LaTeX document
 *
 * Defines `derivationToLatex(d)`: a complete `article` (packages amsmath and amsthm only, both
 * in texlive-latex-base) that states the parametric network, the case split of its canonical
 * form (MATH.md section 2) with the reason each case is exhaustive, and the derived conditions:
 * boundary hyperplanes (Theorem 4.2), G-equivariance (via the defect networks
 * `F(rho_in(g) x) - rho_out(g) F(x)`) and LEN of the parametrisation (multiset invariance,
 * MATH.md section 3), each as a proposition whose proof cites the computation. Conditions are
 * set as inline math inside lists so that long polynomials break at `+` and `-` instead of
 * running off the page, and factored where that is shorter (`(t - 1)^{2} > 0`, verified by
 * `factorPolynomial`). An answer reads `for every parameter value`, `for no parameter value` or
 * `if and only if` the conditions. Channels are numbered from 1, as usual in mathematics (the
 * text and JSON output number them from 0).
 */

import type { Rational } from '../scalar/rational.ts';
import { rationalToLatex } from '../scalar/rationalLatex.ts';
import { Polynomial, latexName } from './polynomial.ts';
import type { ParametricLine } from './parametricCanonicalForm.ts';
import { caseKey, factoredStatementsLatex, type ParameterCase } from './parameterCase.ts';
import type { Derivation, DerivedCase } from './derivation.ts';
import { zeroChannelSentence } from './derivationText.ts';

function escapeText(s: string): string {
  return s.replace(/[\\{}$&#^_%~]/g, (c) =>
    c === '\\'
      ? '\\textbackslash{}'
      : c === '~'
        ? '\\textasciitilde{}'
        : c === '^'
          ? '\\textasciicircum{}'
          : `\\${c}`,
  );
}

function vectorLatex(v: readonly (Polynomial | Rational)[]): string {
  const parts = v.map((x) => (x instanceof Polynomial ? x.toLatex() : rationalToLatex(x)));
  return `(${parts.join(',\\ ')})`;
}

function caseLatex(c: ParameterCase): string {
  const s = factoredStatementsLatex(c);
  return s.length === 0 ? 'all parameter values' : s.map((x) => `$${x}$`).join(', ');
}

/** Where a statement holds, completing "F is ... ": for every / no value, or iff the cases. */
function disjunctionLatex(cases: readonly ParameterCase[]): string {
  if (cases.length === 0) return 'for no parameter value';
  if (cases.length === 1 && factoredStatementsLatex(cases[0]!).length === 0)
    return 'for every parameter value';
  if (cases.length === 1) return `if and only if ${caseLatex(cases[0]!)}`;
  return `if and only if ${cases.map((c) => `(${caseLatex(c)})`).join(' or ')}`;
}

function pointLatex(point: ReadonlyMap<string, Rational>): string {
  return [...point].map(([v, x]) => `$${latexName(v)} = ${rationalToLatex(x)}$`).join(', ');
}

function termLatex(l: ParametricLine): string {
  const kink = l.kink.length === 1 ? l.kink[0]!.toLatex() : vectorLatex(l.kink);
  const unit = l.denominator.toString() === '1';
  const coefficient = unit
    ? `\\bigl(${kink}\\bigr)`
    : `\\frac{${kink}}{${l.denominator.toLatex()}}`;
  return `$${coefficient}\\,\\lvert\\langle ${vectorLatex(l.normal)}, x\\rangle\\rvert$`;
}

function channelList(channels: readonly number[]): string {
  const word = channels.length === 1 ? 'channel' : 'channels';
  return `${word} ${channels.map((x) => x + 1).join(', ')}`;
}

function withinCase(found: readonly ParameterCase[], c: ParameterCase): string {
  if (found.length === 0) return 'for no parameter value in this case';
  if (found.length === 1 && caseKey(found[0]!) === caseKey(c)) return 'throughout this case';
  return `in this case ${disjunctionLatex(found)}`;
}

function capitalised(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

function caseSection(c: DerivedCase, i: number, d: Derivation): string[] {
  const out = [`\\subsection*{Case ${i + 1}: ${caseLatex(c.case)}}`];
  out.push(
    c.sample
      ? `This case is nonempty: it contains ${pointLatex(c.sample)} (checked exactly).`
      : 'No rational point of this case was found; it is kept because its feasibility is ' +
          'undecided.',
  );
  out.push('', `Linear part: $W = \\bigl(${c.form.linear.map(vectorLatex).join(',\\ ')}\\bigr)$.`);
  if (c.form.zeroChannels.length > 0) {
    out.push(`${capitalised(zeroChannelSentence(c.form.zeroChannels.map((x) => x + 1)))}.`);
  }
  if (c.form.lines.length === 0) out.push('There is no boundary hyperplane: $F$ is linear here.');
  else {
    out.push('The boundary hyperplanes and their terms are:', '\\begin{itemize}');
    for (const l of c.form.lines)
      out.push(`  \\item ${termLatex(l)} (${channelList(l.channels)}).`);
    out.push('\\end{itemize}');
  }
  if (d.group && c.equivariance) {
    const group = escapeText(d.group.name);
    const answer = withinCase(c.equivariance, c.case);
    out.push('', `\\emph{Equivariance:} $F$ is ${group}-equivariant ${answer}.`);
  }
  if (d.group && c.len) {
    const tail = c.len.complete ? '' : ' (the search reached its cap; more cases may exist)';
    const answer = withinCase(
      c.len.cases.map((x) => x.case),
      c.case,
    );
    out.push('', `\\emph{LEN:} the parametrisation is a LEN ${answer}${tail}.`);
  }
  return out;
}

/**
 * A complete LaTeX document for the derivation.
 * @param d the derivation from `deriveParametric`
 * @param title the document title (plain text; escaped here)
 */
function derivationToLatex(d: Derivation, title = 'Derivation for a parametric network'): string {
  const net = d.network;
  const params = net.parameters.length
    ? net.parameters.map((p) => `$${latexName(p)}$`).join(', ')
    : 'none';
  const channels = net.channels.map(
    (c, i) =>
      `  \\item channel ${i + 1}: $\\alpha_{${i + 1}} = ${vectorLatex(c.alpha)}$, ` +
      `$\\beta_{${i + 1}} = ${vectorLatex(c.beta)}$`,
  );
  const out = [
    '\\documentclass[11pt]{article}',
    '\\usepackage{amsmath,amsthm}',
    '\\newtheorem{proposition}{Proposition}',
    '\\sloppy',
    `\\title{${escapeText(title)}}`,
    '\\author{symrelu}',
    '\\date{}',
    '\\begin{document}',
    '\\maketitle',
    '\\section{The network}',
    '$F(x) = \\sum_i \\beta_i \\operatorname{relu}(\\langle \\alpha_i, x\\rangle)$ ' +
      `from $\\mathbf{Q}^{${net.inputDim}}$ to $\\mathbf{Q}^{${net.outputDim}}$, ` +
      `with rational parameters ${params} and channels`,
    '\\begin{itemize}',
    ...channels,
    '\\end{itemize}',
    '\\section{Case split of the canonical form}',
    [
      'Write $F(x) = W x + \\sum_l c_l \\lvert\\langle n_l, x\\rangle\\rvert$',
      '(canonical form). It depends on the parameters only through which channel',
      'vectors vanish, which are parallel, the orientation of each channel on its line,',
      'and which kinks vanish. Splitting on exactly these polynomial sign conditions',
      d.cases.length === 1
        ? 'gives the following single case, which covers all rational parameter values'
        : `gives the following ${d.cases.length} pairwise disjoint cases, which together ` +
          'cover all rational parameter values',
      '(each split covers all signs; a branch is dropped only when proved empty, and an',
      'equation in one parameter is solved completely by the rational root theorem).',
    ].join(' '),
    ...d.cases.flatMap((c, i) => caseSection(c, i, d)),
    '\\section{Derived conditions}',
  ];
  if (d.hyperplanes.length > 0) {
    out.push(
      '\\begin{proposition}',
      'Boundary hyperplanes of $F$ (Definition 4.1):',
      '\\begin{itemize}',
      ...d.hyperplanes.map(
        (h) =>
          `  \\item $\\langle ${vectorLatex(h.normal)}, x\\rangle = 0$ is a boundary hyperplane ` +
          `${disjunctionLatex(h.boundary)}.`,
      ),
      '\\end{itemize}',
      '\\end{proposition}',
      '\\begin{proof}',
      [
        'By Theorem 4.2 a hyperplane is a boundary hyperplane iff the channels orthogonal',
        'to it have a nonzero kink. Adding its normal as a probe channel with output',
        'weight $0$ to the case split decides, in each case, whether the probe lies on a',
        'line with nonzero kink; the cases where it does are merged into the condition',
        'stated.',
      ].join(' '),
      '\\end{proof}',
    );
  }
  if (d.group && d.equivariant) {
    out.push(
      '\\begin{proposition}',
      `$F$ is ${escapeText(d.group.name)}-equivariant ${disjunctionLatex(d.equivariant)}.`,
      '\\end{proposition}',
      '\\begin{proof}',
      [
        'For each generator $g$, the defect $D_g(x) = F(\\rho_{\\mathrm{in}}(g) x) -',
        '\\rho_{\\mathrm{out}}(g) F(x)$ is a two-layer network with channels',
        '$(\\rho_{\\mathrm{in}}(g)^{\\top} \\alpha_i, \\beta_i)$ and $(\\alpha_i,',
        '-\\rho_{\\mathrm{out}}(g)\\beta_i)$. By uniqueness of the canonical form, $D_g =',
        '0$ iff its case split has no boundary hyperplane and its linear part vanishes;',
        'these polynomial equations, solved within each case above, give the condition.',
      ].join(' '),
      '\\end{proof}',
    );
  }
  if (d.group && d.len) {
    out.push(
      '\\begin{proposition}',
      `The given parametrisation is a LEN under ${escapeText(d.group.name)} ` +
        `${disjunctionLatex(d.len.condition)}` +
        `${d.len.complete ? '' : ' (as far as the capped search went)'}.`,
      '\\end{proposition}',
      '\\begin{proof}',
      [
        'It is a LEN iff the multiset of pairs $(\\alpha_i, \\beta_i)$ is invariant under',
        '$g\\cdot(\\alpha, \\beta) = (\\rho_{\\mathrm{in}}(g)^{-\\top}\\alpha,',
        '\\rho_{\\mathrm{out}}(g)\\beta)$ for every generator. A search over matchings $i',
        '\\mapsto \\pi_g(i)$ adds the equations $\\alpha_{\\pi_g(i)} = g\\cdot\\alpha_i$,',
        '$\\beta_{\\pi_g(i)} = \\rho_{\\mathrm{out}}(g)\\beta_i$; the surviving branches',
        'are the cases stated, each with its permutations as witness.',
      ].join(' '),
      '\\end{proof}',
    );
  }
  out.push('\\end{document}', '');
  return out.join('\n');
}

export { derivationToLatex };
