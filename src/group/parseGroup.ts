/**
 * # The group file format
 *
 * Defines `parseGroup`, reading
 *
 *     { "generators": [ { "input": [[0,1],[1,0]] },
 *                       { "input": [[-1,0],[0,-1]], "output": [[1]] } ],
 *       "name": "optional display name" }
 *
 * into a closed `MatrixGroup`. Each generator's `output` is optional; when every generator omits
 * it the output action is trivial. When some give it, those that do not act trivially on the
 * output. Entries are exact scalars (see `parseRational`).
 */

import { InputError } from '../scalar/parseRational.ts';
import {
  expectArray,
  expectObject,
  parseRationalMatrix,
  expectOptionalText,
} from '../scalar/parseJson.ts';
import { identity, type Matrix } from '../linalg/matrix.ts';
import { generateGroup, type GeneratorSpec, type MatrixGroup } from './matrixGroup.ts';

function parseGroup(
  json: unknown,
  source: string,
  options: { maxOrder?: number } = {},
): MatrixGroup {
  const root = expectObject(json, source);
  for (const key of Object.keys(root)) {
    if (!['generators', 'name'].includes(key)) {
      throw new InputError(
        `${source}: ${key}`,
        'unknown field (expected "generators" and optional "name")',
      );
    }
  }
  const gens = expectArray(root.generators, `${source}: generators`);
  const specs: { input: Matrix; output: Matrix | null }[] = gens.map((g, i) => {
    const where = `${source}: generators[${i}]`;
    const obj = expectObject(g, where);
    for (const key of Object.keys(obj)) {
      if (key !== 'input' && key !== 'output') {
        throw new InputError(
          `${where}.${key}`,
          'unknown field (expected "input" and optional "output")',
        );
      }
    }
    const input = parseRationalMatrix(obj.input, `${where}.input`);
    const output =
      obj.output === undefined ? null : parseRationalMatrix(obj.output, `${where}.output`);
    return { input, output };
  });

  const k = specs.find((s) => s.output)?.output?.length;
  const full: GeneratorSpec[] = specs.map((s) => ({
    input: s.input,
    output: k === undefined ? null : (s.output ?? identity(k)),
  }));
  const name = expectOptionalText(root.name, `${source}: name`) ?? source;
  return generateGroup(full, { ...options, name }, source);
}

export { parseGroup };
