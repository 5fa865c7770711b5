/**
 * # Resolving `symrelu` for conjecture files anywhere on disk
 *
 * Defines `registerPackageResolution()`: a Node module resolution hook (`module.register`, Node
 * >= 20.6) that maps the package's public specifiers to the copy of symrelu that is running, so
 * a conjecture file in the user's own folder, with no `node_modules` of its own, loads with
 *
 *     import { lenArbitrary } from 'symrelu/arbitraries';
 *     import { minimalLenWidth } from 'symrelu';
 *
 * The two targets are the package.json `"exports"` (`.` -> `src/index.ts`, `./arbitraries` ->
 * `src/lemmas/arbitraries/index.ts`), resolved from this file, and they are mapped even when the
 * user's folder has its own copy installed: the file's networks and groups must be instances of
 * the running copy's classes (`describeValue` tests `instanceof Rational`). `fast-check` is a
 * fallback only: a file that imports it and has none of its own gets the running copy's.
 *
 * Why a resolve hook: the CLI runs under tsx, whose own resolve hook sees only the importing
 * file's folder; tsx's `tsImport` would load the file under a namespace, giving it a second copy
 * of symrelu's classes. The hook is plain JavaScript in a `data:` URL, because hook modules load
 * on Node's loader thread, where TypeScript files are transformed only if tsx is registered
 * there first. It is registered once, before the first conjecture file is imported.
 * Under vitest (which transforms imports itself) the hook is registered but not consulted; the
 * tests spawn the real command for this case (test/cli/lemmas.test.ts).
 */

import { register } from 'node:module';

/** The hook module's source: an exact-name map, and fallbacks for packages not found. */
const HOOK_SOURCE = `
let targets = {};
let fallbacks = {};
export async function initialize(data) {
  targets = data.targets;
  fallbacks = data.fallbacks;
}
export async function resolve(specifier, context, nextResolve) {
  if (Object.hasOwn(targets, specifier)) {
    return { url: targets[specifier], format: 'module', shortCircuit: true };
  }
  let resolved;
  try {
    resolved = await nextResolve(specifier, context);
  } catch (error) {
    if (error?.code === 'ERR_MODULE_NOT_FOUND' && Object.hasOwn(fallbacks, specifier)) {
      return { url: fallbacks[specifier], shortCircuit: true };
    }
    throw error;
  }
  const typescriptOutsidePackages =
    resolved.url.startsWith('file:') &&
    !resolved.url.includes('/node_modules/') &&
    /\\.tsx?$/.test(new URL(resolved.url).pathname);
  if (typescriptOutsidePackages && resolved.format === 'commonjs') {
    return { ...resolved, format: 'module' };
  }
  return resolved;
}
`;

let registered = false;

/** The running copy's URL of a package this file can import, or null when it has none. */
function runningCopy(specifier: string): string | null {
  try {
    return import.meta.resolve(specifier);
  } catch {
    return null;
  }
}

/**
 * Makes `symrelu` and `symrelu/arbitraries` resolve to this copy from any file (idempotent).
 * @example registerPackageResolution(); await import('/home/me/conjectures/mine.ts');
 */
function registerPackageResolution(): void {
  if (registered) return;
  registered = true;
  const targets = {
    symrelu: new URL('../index.ts', import.meta.url).href,
    'symrelu/arbitraries': new URL('./arbitraries/index.ts', import.meta.url).href,
  };
  const fastCheck = runningCopy('fast-check');
  const fallbacks = fastCheck === null ? {} : { 'fast-check': fastCheck };
  register(`data:text/javascript,${encodeURIComponent(HOOK_SOURCE)}`, {
    data: { targets, fallbacks },
  });
}

export { registerPackageResolution };
