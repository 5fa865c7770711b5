/**
 * # Checking each formula with KaTeX
 *
 * Defines `checkFormula(latex)` and `checkFormulas(list)`: every math formula the derivation
 * writes is parsed by KaTeX in strict mode, which names the formula and the offending token
 * without running a TeX engine. This catches a malformed formula on machines without pdflatex
 * and points at the formula itself, where a pdflatex log would point at a line of the document.
 * The derivation's macros (`\srrelu`, ...) are given to KaTeX with the same meaning.
 *
 * KaTeX counts macro expansions and by default stops at 1000, which a legitimately long formula
 * of our own macros reaches (a 384-term sum of `\frac{1}{384}\,\srrelu(...)` does); the limit is
 * raised to `MAX_EXPANSIONS`, and the derivation breaks long sums into lines that are checked
 * one by one anyway. A problem is reported as one line: KaTeX's message, and the formula cut to
 * `EXCERPT` characters.
 */

import katex from 'katex';

/**
 * Macros the derivation defines (with `\providecommand`, so a host paper may define them first),
 * with the same expansions. The `sr` prefix keeps them apart from a paper's own `\relu`.
 */
const DERIVATION_MACROS: Readonly<Record<string, string>> = {
  '\\srrelu': '\\operatorname{relu}',
  '\\srGN': '\\mathrm{GN}',
  '\\srGEN': '\\mathrm{GEN}',
  '\\srLEN': '\\mathrm{LEN}',
  '\\srStab': '\\operatorname{Stab}',
  '\\srQ': '\\mathbb{Q}',
};

/** KaTeX's expansion limit for our formulas (its default, 1000, is met by long sums). */
const MAX_EXPANSIONS = 1_000_000;

/** Characters of a rejected formula quoted in its one-line problem. */
const EXCERPT = 80;

interface FormulaProblem {
  readonly formula: string;
  /** One line: KaTeX's message, without the formula. */
  readonly problem: string;
}

function oneLine(text: string, limit: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length <= limit ? flat : `${flat.slice(0, limit)}...`;
}

/**
 * Parses one formula with KaTeX (strict); null when it is accepted.
 * @example checkFormula('\\frac{1}{2') // { formula, problem: 'KaTeX parse error: ...' }
 * @param latex the formula, without `$`
 * @param display whether it is a displayed formula
 */
function checkFormula(latex: string, display = false): FormulaProblem | null {
  try {
    katex.renderToString(latex, {
      throwOnError: true,
      strict: 'error',
      displayMode: display,
      macros: { ...DERIVATION_MACROS },
      maxExpand: MAX_EXPANSIONS,
    });
    return null;
  } catch (error) {
    return { formula: latex, problem: oneLine((error as Error).message, 200) };
  }
}

/**
 * A problem as one line for a message: what KaTeX said, and the start of the formula.
 * @example describeProblem({ formula: '\\frac{1}{2', problem: 'KaTeX parse error: ...' })
 */
function describeProblem(p: FormulaProblem): string {
  return `${p.problem} in formula "${oneLine(p.formula, EXCERPT)}"`;
}

function checkFormulas(formulas: readonly string[]): FormulaProblem[] {
  return formulas.map((f) => checkFormula(f)).filter((p): p is FormulaProblem => p !== null);
}

export { checkFormula, checkFormulas, describeProblem, DERIVATION_MACROS };
export type { FormulaProblem };
