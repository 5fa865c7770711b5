/**
 * # Property: every generated LaTeX formula parses
 *
 * Claim (the project's LaTeX contract): every formula of the derivation written for a
 * certificate (`buildDerivation`), and the LaTeX of every counterexample this suite prints
 * (`describeValue`, for groups and networks, lines of an `align*`), is accepted by KaTeX in
 * strict mode (`checkFormula`), whatever the group and the numbers (fractions, huge integers,
 * negative entries, zero networks).
 */

import fc from 'fast-check';
import type { MatrixGroup } from '../../group/matrixGroup.ts';
import type { Network } from '../../network/network.ts';
import { buildCertificate } from '../../certificate/buildCertificate.ts';
import { buildDerivation } from '../../latex/buildDerivation.ts';
import { checkFormula, checkFormulas } from '../../latex/checkFormulas.ts';
import { groupArbitrary, type GroupArbitraryOptions } from '../arbitraries/groupArbitrary.ts';
import { networkArbitrary } from '../arbitraries/networkArbitrary.ts';
import { genArbitrary } from '../arbitraries/structuredNetworkArbitraries.ts';
import { describeValue } from '../describeValue.ts';
import { expectThat, type Statement } from '../statement.ts';

interface LatexInput {
  readonly group: MatrixGroup;
  readonly network: Network;
}

function checkLatexFormulas({ group, network }: LatexInput): void {
  for (const value of [group, network]) {
    // The printed lines belong in `align*`; KaTeX reads them inside its `aligned`.
    const lines = describeValue(value).latex;
    const problem = checkFormula(`\\begin{aligned}\n${lines}\n\\end{aligned}`, true);
    expectThat(
      problem === null,
      () => `counterexample LaTeX does not parse: ${problem!.problem} in ${problem!.formula}`,
    );
  }
  const derivation = buildDerivation(buildCertificate(network, group));
  const problems = checkFormulas(derivation.formulas);
  expectThat(
    problems.length === 0,
    () =>
      `${problems.length} derivation formula(s) do not parse, first: ` +
      `${problems[0]!.problem} in ${problems[0]!.formula}`,
  );
}

function latexFormulasStatement(groups: GroupArbitraryOptions = {}): Statement<LatexInput> {
  // Up to Q^3 and order 48: the derivation's width searches on Q^4 with huge entries take
  // seconds per case, and the formulas' shapes are the same.
  const small = { maxDim: 3, ...groups };
  const equivariant = genArbitrary(small).map(({ group, network }) => ({ group, network }));
  const random = groupArbitrary(small).chain((group) =>
    networkArbitrary(group.inputDim, group.outputDim ?? 1, {
      maxWidth: 3,
      maxHardCases: 1,
      huge: true,
    }).map((network) => ({ group, network })),
  );
  return {
    name: 'latex-formulas',
    reference: 'LaTeX output (derivations of certificates, counterexamples)',
    claim: 'every generated LaTeX formula parses (KaTeX, strict)',
    arbitrary: fc.oneof(equivariant, random),
    check: checkLatexFormulas,
  };
}

export { latexFormulasStatement, checkLatexFormulas };
