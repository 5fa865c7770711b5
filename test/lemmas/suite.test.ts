import { describe, expect, it } from 'vitest';
import { lemmaStatements } from '../../src/lemmas/lemmaStatements.ts';
import { runStatement, DEFAULT_SEED } from '../../src/lemmas/runSuite.ts';

// The CI run: every statement of MATH.md, the fixed seed, the default number of runs (>= 100).
describe('the lemma suite at the fixed seed', () => {
  const statements = lemmaStatements();

  it('names one statement per claim of MATH.md and the product contracts', () => {
    expect(statements.map((s) => s.name)).toEqual([
      'lemma-4.5',
      'canonical-form-uniqueness',
      'theorem-4.2',
      'feature-function',
      'theorem-4.3',
      'theorem-4.6',
      'len-subset-gen',
      'lemma-6.1',
      'refined-ray-bound',
      'lemma-6.1-risk',
      'least-widths',
      'certificates',
      'latex-formulas',
      'fixed-space-dimension',
      'hypothesis-space-dimension',
    ]);
  });

  for (const statement of statements) {
    it(`${statement.name} holds on at least 100 cases`, () => {
      const report = runStatement(statement, { seed: DEFAULT_SEED });
      expect(report.message).toBeNull();
      expect(report.passed).toBe(true);
      expect(report.runs).toBeGreaterThanOrEqual(100);
    });
  }
});
