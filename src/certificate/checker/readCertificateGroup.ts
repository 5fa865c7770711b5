/**
 * # The certificate's group
 *
 * Reads a certificate's `group` field and closes its generators exactly (the group is
 * regenerated, never trusted), returning it with the order the certificate claims.
 * Part of the independent checker (`../checkCertificate.ts`): imports no search code.
 */

import {
  expectArray,
  expectObject,
  parseRationalMatrix,
  expectOptionalText,
} from '../../scalar/parseJson.ts';
import { identity } from '../../linalg/matrix.ts';
import { generateGroup, type GeneratorSpec, type MatrixGroup } from '../../group/matrixGroup.ts';

function readGroup(json: unknown): { group: MatrixGroup; claimedOrder: unknown } {
  const root = expectObject(json, 'group');
  const gens = expectArray(root.generators, 'group.generators');
  const specs: GeneratorSpec[] = gens.map((g, i) => {
    const obj = expectObject(g, `group.generators[${i}]`);
    const input = parseRationalMatrix(obj.input, `group.generators[${i}].input`);
    const output =
      obj.output === null || obj.output === undefined
        ? null
        : parseRationalMatrix(obj.output, `group.generators[${i}].output`);
    return { input, output };
  });
  const k = specs.find((s) => s.output)?.output?.length;
  const full = specs.map((s) => ({
    input: s.input,
    output: k === undefined ? null : (s.output ?? identity(k)),
  }));
  const name = expectOptionalText(root.name, 'group.name') ?? 'G';
  return { group: generateGroup(full, { name }, 'group'), claimedOrder: root.order };
}

export { readGroup };
