/**
 * # Recording the formulas of a document
 *
 * Defines `formulaRecorder()`: `inline(f)` returns `$f$` and `display(f)` a `\[ f \]` block,
 * and both remember `f`, so that after a document is built every formula in it can be checked
 * on its own (`checkFormulas`) and a failure names the formula rather than a document line.
 */

interface FormulaRecorder {
  inline(formula: string): string;
  display(formula: string): string;
  readonly formulas: readonly string[];
}

function formulaRecorder(): FormulaRecorder {
  const formulas: string[] = [];
  return {
    inline(formula) {
      formulas.push(formula);
      return `$${formula}$`;
    },
    display(formula) {
      formulas.push(formula);
      return `\\[\n${formula}\n\\]`;
    },
    formulas,
  };
}

export { formulaRecorder };
export type { FormulaRecorder };
