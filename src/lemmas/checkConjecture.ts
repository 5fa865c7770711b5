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
import { registerPackageResolution } from './packageResolution.ts';
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

/** `where` for a location in `file`: the path as the user gave it when it is the loaded file. */
function located(path: string, absolute: string, file: string, line: string, column: string) {
  return `${resolve(file) === absolute ? path : file}:${line}:${column}`;
}

/**
 * Why a module did not load, as one located line. esbuild's syntax errors (through tsx) arrive
 * as text only, `Transform failed with N error(s):` followed by `FILE:LINE:COLUMN: ERROR: what`
 * lines; an error thrown while the module runs is located by its first stack frame in the file.
 */
function loadError(path: string, absolute: string, error: unknown): InputError {
  const message = error instanceof Error ? error.message : String(error);
  const syntax = [...message.matchAll(/^(.+):(\d+):(\d+): ERROR: (.*)$/gm)];
  if (syntax.length > 0) {
    const [, file, line, column, what] = syntax[0]!;
    const more = syntax.length > 1 ? ` (and ${syntax.length - 1} more)` : '';
    return new InputError(
      located(path, absolute, file!, line!, column!),
      `cannot compile the module: ${what}${more}`,
    );
  }
  const firstLine = message.split('\n')[0]!;
  if (/^Cannot find (module|package) 'symrelu/.test(firstLine) && /\.jsx?$/.test(path)) {
    return new InputError(
      path,
      `cannot load the module (${firstLine}); a JavaScript conjecture outside a ` +
        '"type": "module" package must be named .mjs',
    );
  }
  const stack = error instanceof Error ? (error.stack ?? '') : '';
  const file = `(?:${escapeRegExp(pathToFileURL(absolute).href)}|${escapeRegExp(absolute)})`;
  const frame = new RegExp(`${file}:(\\d+):(\\d+)`).exec(stack);
  const where = frame ? located(path, absolute, absolute, frame[1]!, frame[2]!) : path;
  const kind = error instanceof Error && error.name !== 'Error' ? `${error.name}: ` : '';
  return new InputError(where, `cannot load the module (${kind}${firstLine})`);
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
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
  registerPackageResolution();
  try {
    module = (await import(pathToFileURL(absolute).href)) as Record<string, unknown>;
  } catch (error) {
    throw loadError(path, absolute, error);
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
  const statements = list.map((s, i) =>
    validateStatement(s, `${path}: ${field}${Array.isArray(exported) ? `[${i}]` : ''}`),
  );

  // `--only NAME` and the replay line pick a statement by name, so names must be unique.
  statements.forEach((s, i) => {
    const first = statements.findIndex((t) => t.name === s.name);
    if (first !== i) {
      throw new InputError(
        `${path}: ${field}[${i}].name`,
        `"${s.name}" is already the name of ${field}[${first}]; names must be unique`,
      );
    }
  });
  return statements;
}

export { loadConjectures };
