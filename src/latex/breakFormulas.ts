/**
 * # Breaking long sums over lines
 *
 * Defines `displaySum(m, lhs, terms)`: the display `lhs = t_1 + t_2 + ...` as one `\[ \]` line
 * when it fits, else as an `align*` with as many terms per line as fit (continuation lines
 * start `\quad +` under the `=`), else, when a single term is wider than a line (a coefficient
 * with dozens of digits), as a paragraph of inline formulas that TeX breaks after any `+` and
 * inside long numbers. Every line is recorded as its own formula, so KaTeX checks a 384-term
 * sum line by line.
 *
 * Display lines cannot be broken by TeX, so their width is estimated from the source
 * (`estimateWidthEm`: digits, letters, operators and our macros at their Computer Modern widths,
 * fractions as their wider part). The budget `LINE_EM` is sized for the narrowest page the
 * derivation is meant for: a host article with default margins (345 pt text at 10 pt, 34.5 em),
 * less a safety margin, measured by compiling the 384-unit test target with pdflatex.
 */

import type { FormulaRecorder } from './formulaRecorder.ts';
import { termLatex, type SignedTerm } from './latexFormulas.ts';

/** Estimated em budget of one display line (a default-margin article has 34.5 em). */
const LINE_EM = 26;

/** Widths in em of the commands our formulas use; other commands count as one em. */
const COMMAND_EM: Readonly<Record<string, number>> = {
  srrelu: 2.1,
  lvert: 0.3,
  rvert: 0.3,
  langle: 0.4,
  rangle: 0.4,
  allowbreak: 0,
  quad: 1,
  left: 0,
  right: 0,
  mathrm: 0,
  operatorname: 0,
};

/** The content of the brace group opening at `open`, and the index after it. */
function group(s: string, open: number): [string, number] {
  let depth = 0;
  for (let i = open; i < s.length; i++) {
    if (s[i] === '{') depth++;
    else if (s[i] === '}' && --depth === 0) return [s.slice(open + 1, i), i + 1];
  }
  return [s.slice(open + 1), s.length];
}

/**
 * The rendered width of a formula in em, estimated from its source (generous by design).
 * @example estimateWidthEm('\\frac{1}{2}\\,\\srrelu(a)') // about 4
 */
function estimateWidthEm(latex: string): number {
  let width = 0;
  let i = 0;
  while (i < latex.length) {
    const ch = latex[i]!;
    if (ch === '\\') {
      const name = /^\\([A-Za-z]+|.)/.exec(latex.slice(i))![1]!;
      i += name.length + 1;
      if (name === 'frac' || name === 'tfrac' || name === 'dfrac') {
        const [num, afterNum] = group(latex, latex.indexOf('{', i));
        const [den, afterDen] = group(latex, latex.indexOf('{', afterNum));
        width += Math.max(estimateWidthEm(num), estimateWidthEm(den)) + 0.3;
        i = afterDen;
      } else if (name === 'begin') {
        const end = latex.indexOf('\\end{', i);
        const [, afterEnv] = group(latex, latex.indexOf('{', i));
        const cells = latex.slice(afterEnv, end).split(/\\\\/);
        const cols = Math.max(...cells.map((row) => row.split('&').length));
        const widest = Math.max(...cells.flatMap((row) => row.split('&').map(estimateWidthEm)));
        width += cols * (widest * 0.75 + 0.6) + 0.8;
        i = group(latex, latex.indexOf('{', end))[1];
      } else if (name === ',') width += 0.17;
      else if (name === ';') width += 0.28;
      else if (name === '{' || name === '}') width += 0.5;
      else width += COMMAND_EM[name] ?? 1;
    } else if (ch === '_' || ch === '^') {
      const [script, after] = latex[i + 1] === '{' ? group(latex, i + 1) : [latex[i + 1]!, i + 2];
      width += 0.75 * estimateWidthEm(script);
      i = after;
    } else {
      if (ch === '+' || ch === '-' || ch === '=' || ch === '<' || ch === '>') width += 1.35;
      else if (/[0-9]/.test(ch)) width += 0.5;
      else if (/[A-Za-z]/.test(ch)) width += 0.6;
      else if (ch === '(' || ch === ')' || ch === '|') width += 0.4;
      else if (ch === ',' || ch === ';') width += 0.45;
      else if (ch === '/') width += 0.5;
      i++;
    }
  }
  return width;
}

/**
 * `lhs = t_1 + ... + t_n` displayed, broken over lines when it does not fit on one.
 * @param m the recorder every line's formula is recorded in
 * @param lhs the left-hand side, e.g. `F(a, b)`
 * @param terms the summands (an empty list is the sum `0`)
 * @returns LaTeX: a `\[ \]` display, an `align*`, or a paragraph of breakable inline formulas
 */
function displaySum(m: FormulaRecorder, lhs: string, terms: readonly SignedTerm[]): string {
  const written = terms.length === 0 ? ['0'] : terms.map((t, i) => termLatex(t, i === 0));
  const whole = `${lhs} = ${written.join('')}`;
  if (estimateWidthEm(whole) <= LINE_EM) return m.display(whole);

  const lhsEm = estimateWidthEm(`${lhs} = `);
  const continuation = estimateWidthEm('\\quad');
  if (written.every((t) => lhsEm + continuation + estimateWidthEm(t) <= LINE_EM)) {
    const lines: string[][] = [[]];
    let used = lhsEm;
    for (const t of written) {
      const w = estimateWidthEm(t);
      if (lines.at(-1)!.length > 0 && used + w > LINE_EM) {
        lines.push([]);
        used = lhsEm + continuation;
      }
      lines.at(-1)!.push(t);
      used += w;
    }
    const body = lines.map((line, k) => {
      const text = line.join('');
      m.record(k === 0 ? `${lhs} = ${text}` : `{}${text}`);
      return k === 0 ? `${lhs} &= ${text}` : `&\\quad ${text}`;
    });
    return ['\\begin{align*}', body.join(' \\\\\n'), '\\end{align*}'].join('\n');
  }

  // A term wider than a line: inline formulas, which TeX breaks after `+` and inside numbers.
  const pieces = written.map((t, k) => (k === 0 ? `${lhs} = ${t}` : `{}${t}`));
  return `\\par\\noindent ${pieces.map((p) => m.inline(p)).join('\n')}\\par`;
}

export { displaySum, estimateWidthEm, LINE_EM };
