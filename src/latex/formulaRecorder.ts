/**
 * # Recording the formulas of a document
 *
 * Defines `formulaRecorder()`: `inline(f)` returns `$f$` and `display(f)` a `\[ f \]` block,
 * and both remember `f`, so that after a document is built every formula in it can be checked
 * on its own (`checkFormulas`) and a failure names the formula rather than a document line.
 * `record(f)` remembers a formula the caller writes itself, e.g. one line of an `align*`.
 */

interface FormulaRecorder {
  inline(formula: string): string;
  display(formula: string): string;
  /** Remembers a formula written by the caller (one line of a multi-line display). */
  record(formula: string): void;
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
    record(formula) {
      formulas.push(formula);
    },
    formulas,
  };
}

export { formulaRecorder };
export type { FormulaRecorder };
