/**
 * # Readable counterexamples, as text and as LaTeX
 *
 * Defines `describeValue(v)`: a shrunk counterexample of the lemma suite (rationals, vectors,
 * matrices, groups, networks, and records of them) in plain text for the terminal and in LaTeX
 * for papers and notes. Networks print as `F(x) = sum beta_i relu(<alpha_i, x>)` (MATH.md
 * section 1), every unit kept, since the width is often the point of a counterexample; groups by
 * their order and generators.
 *
 * The LaTeX is a list of lines to paste inside `\begin{align*} ... \end{align*}` (amsmath):
 * every line starts with `&`, lines end with `\\`, a record's field is labelled by its name
 * (`\text{network: } F(x) = ...`). A scalar weight prints as a coefficient (`\mathrm{relu}`,
 * `-\mathrm{relu}`, `\tfrac{2}{3}\,\mathrm{relu}`, with signs folded into the sum), a vector
 * weight as a small column. Display lines cannot be broken by TeX, so long sums are broken here:
 * whole terms are packed greedily into lines of at most `LINE_EM` em (measured for the 345 pt
 * text of a default `article`; widths estimated by `estimateWidthEm`), continuation lines
 * indented by `\qquad`. A term wider than a line is broken between the terms of its linear
 * form (inside `\bigl( ... \bigr)`, which may span lines), and a number wider than a line
 * between its digit groups. Matrices are never broken: a 4 x 4 generator with entries of 12
 * digits or more runs over the line (measured; docs/limitations.md).
 */

import { Rational } from '../scalar/rational.ts';
import { estimateWidthEm } from '../latex/breakFormulas.ts';
import { escapeLatex } from '../latex/escapeLatex.ts';
import { exactLatex, matrixLatex as exactMatrixLatex } from '../latex/latexFormulas.ts';
import type { MatrixGroup } from '../group/matrixGroup.ts';
import type { Network } from '../network/network.ts';

interface Description {
  readonly text: string;
  /** Lines for an `align*` environment, joined by ` \\` and a newline. */
  readonly latex: string;
}

/**
 * A stretch of a formula after which a line may end. `parts`, when given, are finer pieces with
 * the same LaTeX in total, used only when this piece alone is wider than a line.
 */
interface Piece {
  readonly latex: string;
  readonly parts?: readonly Piece[];
}

/** A labelled formula: `label` (already LaTeX) followed by its pieces. */
interface Formula {
  readonly label: string;
  readonly pieces: readonly Piece[];
}

const CONTINUATION = '\\qquad ';

/**
 * Em budget of one line. A default article has 345 pt = 34.5 em; `estimateWidthEm` is generous,
 * and 40 random networks (1 to 4 inputs, scalar and vector weights, numbers up to 2^80)
 * compiled with pdflatex first overflowed at a budget of 36 em. 31 em leaves 5 em of margin.
 */
const LINE_EM = 31;

function isRationalArray(v: unknown): v is Rational[] {
  return Array.isArray(v) && v.every((x) => x instanceof Rational);
}

function isMatrix(v: unknown): v is Rational[][] {
  return Array.isArray(v) && v.length > 0 && v.every(isRationalArray);
}

function isGroup(v: unknown): v is MatrixGroup {
  return (
    typeof v === 'object' && v !== null && 'elements' in v && 'generators' in v && 'inputDim' in v
  );
}

function isNetwork(v: unknown): v is Network {
  return (
    typeof v === 'object' && v !== null && 'channels' in v && 'inputDim' in v && 'outputDim' in v
  );
}

function isPlainArray(v: unknown): v is (number | boolean | number[])[] {
  return (
    Array.isArray(v) &&
    v.every(
      (x) =>
        typeof x === 'number' ||
        typeof x === 'boolean' ||
        (Array.isArray(x) && x.every((y) => typeof y === 'number')),
    )
  );
}

// Text.

function vectorText(v: readonly Rational[]): string {
  return `(${v.map((x) => x.toString()).join(', ')})`;
}

function matrixText(m: readonly (readonly Rational[])[]): string {
  return `[${m.map((row) => `[${row.map((x) => x.toString()).join(', ')}]`).join(', ')}]`;
}

/** `relu(...)`, `- relu(...)`, `+ 2/3 relu(...)`, `+ (1, 0) relu(...)`. */
function networkText(net: Network): string {
  return net.channels
    .map((c, i) => {
      const unit = `relu(<${vectorText(c.alpha)}, x>)`;
      if (c.beta.length !== 1) return `${i === 0 ? '' : ' + '}${vectorText(c.beta)} ${unit}`;
      const b = c.beta[0]!;
      const sign = b.sign() < 0 ? (i === 0 ? '-' : ' - ') : i === 0 ? '' : ' + ';
      const size = b.abs();
      return `${sign}${size.equals(Rational.ONE) ? '' : `${size.toString()} `}${unit}`;
    })
    .join('');
}

// LaTeX pieces.

function scalarLatex(r: Rational): string {
  return exactLatex(r).replace(/\\frac\{/g, '\\tfrac{');
}

/** A number as one piece, split between its digit groups when it is long. */
function numberPiece(prefix: string, r: Rational, suffix = ''): Piece {
  const groups = scalarLatex(r).split('\\allowbreak ');
  const latex = `${prefix}${groups.join('')}${suffix}`;
  if (groups.length === 1) return { latex };
  return {
    latex,
    parts: groups.map((g, i) => ({
      latex: `${i === 0 ? prefix : ''}${g}${i === groups.length - 1 ? suffix : ''}`,
    })),
  };
}

/** Joins pieces into one, keeping them as its parts. */
function joined(pieces: readonly Piece[]): Piece {
  return { latex: pieces.map((p) => p.latex).join(''), parts: pieces };
}

/** Adds text before the first and after the last of a list of pieces. */
function wrapped(prefix: string, pieces: readonly Piece[], suffix: string): Piece[] {
  return pieces.map((p, i) => {
    const before = i === 0 ? prefix : '';
    const after = i === pieces.length - 1 ? suffix : '';
    if (!before && !after) return p;
    const parts = p.parts ? wrapped(before, p.parts, after) : undefined;
    return { latex: `${before}${p.latex}${after}`, ...(parts ? { parts } : {}) };
  });
}

/** A coefficient in front of something: `''` for 1, else the number and a thin space. */
function coefficientPiece(sign: string, c: Rational, body: string): Piece {
  if (c.equals(Rational.ONE)) return { latex: `${sign}${body}` };
  return numberPiece(sign, c, `\\,${body}`);
}

/** `<alpha, x>` as `x_1 - \tfrac{1}{2} x_3`: one piece per nonzero term (`0` when none). */
function linearFormPieces(alpha: readonly Rational[]): Piece[] {
  const pieces: Piece[] = [];
  alpha.forEach((c, i) => {
    if (c.isZero()) return;
    const first = pieces.length === 0;
    const sign = c.sign() < 0 ? (first ? '-' : ' - ') : first ? '' : ' + ';
    pieces.push(coefficientPiece(sign, c.abs(), `x_{${i + 1}}`));
  });
  return pieces.length === 0 ? [{ latex: '0' }] : pieces;
}

/** `(a, b, c)`: one piece per entry, breakable after each comma. */
function tuplePieces(entries: readonly Piece[]): Piece[] {
  return wrapped(
    '\\bigl(',
    entries.map((e, i) => (i === entries.length - 1 ? e : wrapped('', [e], ',\\ ')[0]!)),
    '\\bigr)',
  );
}

function columnLatex(v: readonly Rational[]): string {
  return exactMatrixLatex(
    v.map((x) => [x]),
    true,
  );
}

/** The units of a network, each a piece whose parts are the terms of its linear form. */
function networkPieces(net: Network): Piece[] {
  if (net.channels.length === 0) return [{ latex: '0' }];
  return net.channels.map((c, i) => {
    const argument = wrapped('\\bigl(', linearFormPieces(c.alpha), '\\bigr)');
    if (c.beta.length !== 1) {
      const sign = i === 0 ? '' : ' + ';
      return joined(wrapped(`${sign}${columnLatex(c.beta)}\\mathrm{relu}`, argument, ''));
    }
    const b = c.beta[0]!;
    const sign = b.sign() < 0 ? (i === 0 ? '-' : ' - ') : i === 0 ? '' : ' + ';
    const head = coefficientPiece(sign, b.abs(), '\\mathrm{relu}');
    return joined([head, ...argument]);
  });
}

function groupPieces(group: MatrixGroup): Piece[] {
  const names = group.generators.map((_, i) => `g_{${i + 1}}`);
  const items = [
    `G = \\langle ${names.join(', ')} \\rangle`,
    `\\lvert G\\rvert = ${group.elements.length}`,
  ];
  group.generators.forEach((g, i) => {
    items.push(`\\rho(${names[i]}) = ${exactMatrixLatex(g.input)}`);
    if (g.output) items.push(`\\rho_{\\mathrm{out}}(${names[i]}) = ${exactMatrixLatex(g.output)}`);
  });
  // A line may end after a comma, never start with one.
  return items.map((item, i) => ({ latex: i < items.length - 1 ? `${item},\\ ` : item }));
}

function textLatex(text: string): string {
  return `\\text{${escapeLatex(text)}}`;
}

/**
 * Lines of `align*` for one formula, packed greedily. A piece that does not fit goes to a new
 * line, unless the current line has no piece yet (a label only, or a fresh line) or it is wider
 * than any line: then its parts are placed one by one. An indivisible piece wider than a line (a
 * matrix) is placed anyway, alone on its line.
 */
function packLines(formula: Formula): string[] {
  const lines: string[] = [formula.label];
  const fresh = estimateWidthEm(CONTINUATION);
  let used = estimateWidthEm(formula.label);
  let empty = true;
  const append = (latex: string, width: number): void => {
    lines[lines.length - 1] += latex;
    used += width;
    empty = false;
  };
  const newLine = (latex: string): void => {
    // A binary operator starting a line gets an empty left operand, for its spacing.
    lines.push(`${CONTINUATION}${/^ [+-] /.test(latex) ? '{}' : ''}`);
    used = fresh;
    empty = true;
  };
  const place = (piece: Piece): void => {
    const width = estimateWidthEm(piece.latex);
    if (used + width <= LINE_EM) return append(piece.latex, width);
    if (!empty && fresh + width <= LINE_EM) {
      newLine(piece.latex);
      return append(piece.latex, width);
    }
    if (piece.parts && piece.parts.length > 1) return piece.parts.forEach(place);
    if (!empty) newLine(piece.latex);
    append(piece.latex, width);
  };
  formula.pieces.forEach(place);
  return lines;
}

/** The formulas of a value; `label` names it (a record's field), or is empty at the top. */
function formulas(value: unknown, label: string): { text: string; formulas: Formula[] } {
  const labelled = (pieces: Piece[], lhs = '') => [
    { label: `${label ? `${textLatex(`${label}:`)}\\ ` : ''}${lhs}`, pieces },
  ];
  if (value instanceof Rational)
    return { text: value.toString(), formulas: labelled([numberPiece('', value)]) };
  if (isMatrix(value))
    return { text: matrixText(value), formulas: labelled([{ latex: exactMatrixLatex(value) }]) };
  if (isRationalArray(value)) {
    const entries = value.map((x) => numberPiece('', x));
    return { text: vectorText(value), formulas: labelled(tuplePieces(entries)) };
  }
  if (isGroup(value)) {
    const gens = value.generators.map(
      (g) => `${matrixText(g.input)}${g.output ? ` (output ${matrixText(g.output)})` : ''}`,
    );
    return {
      text:
        `group "${value.name}" of order ${value.elements.length} on Q^${value.inputDim}, ` +
        `generated by ${gens.join(', ')}`,
      formulas: labelled(groupPieces(value)),
    };
  }
  if (isNetwork(value)) {
    const shape = `F: Q^${value.inputDim} -> Q^${value.outputDim}`;
    return {
      text:
        value.channels.length === 0
          ? `${shape}, F = 0 (width 0)`
          : `${shape}, width ${value.channels.length}: F(x) = ${networkText(value)}`,
      formulas: labelled(networkPieces(value), 'F(x) = '),
    };
  }
  if (isPlainArray(value)) {
    const entries = value.map((x) => ({
      latex: Array.isArray(x)
        ? `(${x.join(', ')})`
        : typeof x === 'boolean'
          ? textLatex(String(x))
          : String(x),
    }));
    return { text: JSON.stringify(value), formulas: labelled(tuplePieces(entries)) };
  }
  if (Array.isArray(value) || (typeof value === 'object' && value !== null)) {
    const entries: [string, unknown][] = Array.isArray(value)
      ? value.map((v, i) => [`item ${i + 1}`, v])
      : Object.entries(value);
    const parts = entries.map(([key, v]) => ({
      key,
      d: formulas(v, label ? `${label}.${key}` : key),
    }));
    const text = Array.isArray(value)
      ? `[${parts.map((p) => p.d.text).join('; ')}]`
      : parts.map(({ key, d }) => `${key}: ${d.text}`).join('\n');
    return { text, formulas: parts.flatMap((p) => p.d.formulas) };
  }
  const text = String(value);
  return {
    text,
    formulas: labelled([{ latex: typeof value === 'number' ? text : textLatex(text) }]),
  };
}

/**
 * Text and LaTeX for a counterexample value.
 * @example describeValue(q(-1, 2)).latex === '&-\\tfrac{1}{2}'
 * @param value anything the arbitraries produce
 * @returns `text` for the terminal; `latex`, lines for `\begin{align*} ... \end{align*}`
 */
function describeValue(value: unknown): Description {
  const described = formulas(value, '');
  const lines = described.formulas.flatMap(packLines).map((line) => `&${line}`);
  return { text: described.text, latex: lines.join(' \\\\\n') };
}

export { describeValue };
export type { Description };
