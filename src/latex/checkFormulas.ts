/**
 * # Checking each formula with KaTeX
 *
 * Defines `checkFormula(latex)` and `checkFormulas(list)`: every math formula the derivation
 * writes is parsed by KaTeX in strict mode, which names the formula and the offending token
 * without running a TeX engine. This catches a malformed formula on machines without pdflatex
 * and points at the formula itself, where a pdflatex log would point at a line of the document.
 * The derivation's macros (`\relu`, ...) are given to KaTeX with the same meaning.
 */

import katex from 'katex';

/** Macros the derivation's preamble defines, with the same expansions. */
const DERIVATION_MACROS: Readonly<Record<string, string>> = {
  '\\relu': '\\operatorname{relu}',
  '\\GN': '\\mathrm{GN}',
  '\\GEN': '\\mathrm{GEN}',
  '\\LEN': '\\mathrm{LEN}',
  '\\Stab': '\\operatorname{Stab}',
};

interface FormulaProblem {
  readonly formula: string;
  readonly problem: string;
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
    });
    return null;
  } catch (error) {
    return { formula: latex, problem: (error as Error).message };
  }
}

function checkFormulas(formulas: readonly string[]): FormulaProblem[] {
  return formulas.map((f) => checkFormula(f)).filter((p): p is FormulaProblem => p !== null);
}

export { checkFormula, checkFormulas, DERIVATION_MACROS };
export type { FormulaProblem };
