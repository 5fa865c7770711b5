/**
 * # The lemma suite: one statement per claim of MATH.md
 *
 * Defines `lemmaStatements(options)`, the list the `symrelu lemmas` command runs, in MATH.md
 * order. Each entry is built by its own module in `properties/` (named for its statement).
 * `groups` options reach every group-based statement, so a test can run the whole suite on, say,
 * groups with a planted transposition bug (`withTransposedContragredient`).
 */

import type { GroupArbitraryOptions } from './arbitraries/groupArbitrary.ts';
import type { Statement } from './statement.ts';
import { certificatesStatement } from './properties/certificates.ts';
import { latexFormulasStatement } from './properties/latexFormulas.ts';
import { leastWidthsStatement } from './properties/leastWidths.ts';
import { canonicalFormUniquenessStatement } from './properties/canonicalFormUniqueness.ts';
import { featureFunctionStatement } from './properties/featureFunction.ts';
import { fixedSpaceDimensionStatement } from './properties/fixedSpaceDimension.ts';
import { hypothesisSpaceDimensionStatement } from './properties/hypothesisSpaceDimension.ts';
import { lemma45Statement } from './properties/lemma45LayerwiseEquations.ts';
import { lemma61Statement } from './properties/lemma61Symmetrisation.ts';
import { lemma61RiskStatement } from './properties/lemma61Risk.ts';
import { lenSubsetGenStatement } from './properties/lenSubsetGen.ts';
import { refinedRayBoundStatement } from './properties/refinedRayBound.ts';
import { theorem42Statement } from './properties/theorem42BoundaryHyperplanes.ts';
import { theorem43Statement } from './properties/theorem43HyperplaneSymmetry.ts';
import { theorem46Statement } from './properties/theorem46ChannelSymmetry.ts';

/**
 * Every statement of the suite.
 * @example lemmaStatements().map((s) => s.name) // ['canonical-form-uniqueness', ...]
 * @param options `groups`: options for every group arbitrary used
 */
function lemmaStatements(options: { groups?: GroupArbitraryOptions } = {}): Statement<unknown>[] {
  const groups = options.groups ?? {};
  const all = [
    lemma45Statement(groups),
    canonicalFormUniquenessStatement(),
    theorem42Statement(),
    featureFunctionStatement(),
    theorem43Statement(groups),
    theorem46Statement(groups),
    lenSubsetGenStatement(groups),
    lemma61Statement(groups),
    refinedRayBoundStatement(groups),
    lemma61RiskStatement(groups),
    leastWidthsStatement(groups),
    certificatesStatement(groups),
    latexFormulasStatement(groups),
    fixedSpaceDimensionStatement(groups),
    hypothesisSpaceDimensionStatement(groups),
  ];
  return all as Statement<unknown>[];
}

export { lemmaStatements };
