/**
 * # Loading a user's conjecture file
 *
 * Defines `loadConjectures(path)`: imports a TypeScript (or JavaScript) module and returns the
 * statements it exports, so `symrelu check FILE` runs them exactly like the paper's lemmas
 * (`runSuite.ts`: fixed seed, bounded runs, shrunk counterexample). Accepted shapes, checked
 * here with located errors (docs/lemmas.md):
 *
 *     export default defineStatement({ name, reference?, claim?, arbitrary, check, runs? });
 *     export default [statementA, statementB];
 *     export const conjectures = [ ... ];     (when there is no default export)
 *
 * `arbitrary` must be a fast-check arbitrary (an object with a `generate` method) and `check` a
 * function returning true/undefined for "holds" and false, or throwing, for "fails".
 */

import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { InputError } from '../scalar/parseRational.ts';
import type { Statement } from './statement.ts';

function validateStatement(value: unknown, where: string): Statement<unknown> {
  if (typeof value !== 'object' || value === null) {
    throw new InputError(where, 'expected a statement object { name, arbitrary, check }');
  }
  const s = value as Record<string, unknown>;
  if (typeof s.name !== 'string' || s.name === '')
    throw new InputError(`${where}.name`, 'expected a non-empty string');
  const arbitrary = s.arbitrary as { generate?: unknown } | undefined;
  if (
    typeof arbitrary !== 'object' ||
    arbitrary === null ||
    typeof arbitrary.generate !== 'function'
  ) {
    throw new InputError(
      `${where}.arbitrary`,
      'expected a fast-check arbitrary (e.g. lenArbitrary())',
    );
  }
  if (typeof s.check !== 'function')
    throw new InputError(`${where}.check`, 'expected a function (value) => boolean | void');
  if (s.runs !== undefined && !(Number.isSafeInteger(s.runs) && (s.runs as number) > 0)) {
    throw new InputError(`${where}.runs`, 'expected a positive whole number');
  }
  return {
    name: s.name,
    reference: typeof s.reference === 'string' ? s.reference : 'user conjecture',
    claim: typeof s.claim === 'string' ? s.claim : s.name,
    arbitrary: s.arbitrary as Statement<unknown>['arbitrary'],
    check: s.check as Statement<unknown>['check'],
    ...(typeof s.runs === 'number' ? { runs: s.runs } : {}),
  };
}

/**
 * The statements exported by a conjecture file.
 * @example (await loadConjectures('examples/conjectures/invariantIsLen.ts'))[0].name
 * @param path a .ts or .js module; relative paths are taken from the working directory
 * @throws InputError when the file is missing, does not load, or exports no valid statement
 */
async function loadConjectures(path: string): Promise<Statement<unknown>[]> {
  const absolute = resolve(path);
  if (!existsSync(absolute)) throw new InputError(path, 'no such file');
  let module: Record<string, unknown>;
  try {
    module = (await import(pathToFileURL(absolute).href)) as Record<string, unknown>;
  } catch (error) {
    const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
    throw new InputError(path, `cannot load the module (${reason})`);
  }
  const exported = module.default ?? module.conjectures;
  if (exported === undefined) {
    throw new InputError(
      path,
      'exports no statement: add `export default defineStatement({ ... })`',
    );
  }
  const field = module.default !== undefined ? 'default export' : 'conjectures';
  const list = Array.isArray(exported) ? exported : [exported];
  if (list.length === 0) throw new InputError(`${path}: ${field}`, 'is an empty list');
  return list.map((s, i) =>
    validateStatement(s, `${path}: ${field}${Array.isArray(exported) ? `[${i}]` : ''}`),
  );
}

export { loadConjectures };
