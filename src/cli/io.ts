/**
 * # Command-line input and output
 *
 * Defines how the CLI reads its inputs (network and group files, preset names, rational points)
 * and writes its results: JSON to stdout, diagnostics and progress to stderr, and output
 * directories written all at once (files are built in memory, written to a temporary sibling
 * folder, then moved into place), so a failure never leaves half-written output files.
 */

import {
  existsSync,
  mkdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { InputError, parseRational } from '../scalar/parseRational.ts';
import { countOf, parseJsonText } from '../scalar/parseJson.ts';
import type { Rational } from '../scalar/rational.ts';
import { parseGroup } from '../group/parseGroup.ts';
import { PRESET_NAMES, isPresetName, presetGroup } from '../group/presets.ts';
import type { MatrixGroup } from '../group/matrixGroup.ts';
import { parseNetwork } from '../network/parseNetwork.ts';
import type { Network } from '../network/network.ts';

function readJsonFile(path: string): unknown {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'unreadable';
    throw new InputError(path, code === 'ENOENT' ? 'no such file' : `cannot read file (${code})`);
  }
  return parseJsonText(text, path);
}

function loadNetwork(path: string): Network {
  return parseNetwork(readJsonFile(path), path);
}

/** A group from a preset name (`klein4`, `cyclic:3`, ...) or a group file. */
function loadGroup(spec: string, maxOrder?: number): MatrixGroup {
  const options = maxOrder === undefined ? {} : { maxOrder };
  if (!existsSync(spec)) {
    if (isPresetName(spec)) return presetGroup(spec, options);
    throw new InputError(spec, `no such file, and not a preset (${PRESET_NAMES.join(', ')})`);
  }
  return parseGroup(readJsonFile(spec), spec, options);
}

function parsePoint(words: readonly string[], dim: number, where = 'point'): Rational[] {
  if (words.length !== dim) {
    throw new InputError(where, `expected ${countOf(dim, 'coordinate')}, got ${words.length}`);
  }
  return words.map((w, i) => parseRational(w, `${where}[${i}]`));
}

function printJson(value: unknown): void {
  process.stdout.write(`${JSON.stringify(value, null, 2)}\n`);
}

function printText(text: string): void {
  process.stdout.write(text.endsWith('\n') ? text : `${text}\n`);
}

/**
 * Writes every file into `dir` only after all of them exist in full in a temporary sibling
 * folder; an exception before that leaves `dir` untouched. A path that is an existing file, or a
 * folder that cannot be written, is bad input (`InputError`, exit code 2), not a crash.
 */
function writeOutputDirectory(dir: string, files: ReadonlyMap<string, string | Uint8Array>): void {
  const target = resolve(dir);
  if (existsSync(target) && !statSync(target).isDirectory()) {
    throw new InputError(dir, 'exists and is not a folder (choose another output folder)');
  }
  const staging = join(dirname(target), `.${Date.now()}-${process.pid}.partial`);
  try {
    mkdirSync(staging, { recursive: true });
    try {
      for (const [name, content] of files) writeFileSync(join(staging, name), content);
      mkdirSync(target, { recursive: true });
      for (const name of files.keys()) renameSync(join(staging, name), join(target, name));
    } finally {
      rmSync(staging, { recursive: true, force: true });
    }
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === undefined) throw error;
    throw new InputError(dir, `cannot write the output folder (${code})`);
  }
}

/** Whether progress lines may be shown: an interactive terminal, not a pipe or CI. */
function progressAllowed(): boolean {
  return Boolean(process.stderr.isTTY) && !process.env.CI;
}

/** A progress reporter that overwrites one stderr line on a terminal and is silent otherwise. */
function progressReporter(label: string): (done: number, total?: number) => void {
  if (!progressAllowed()) return () => {};
  let last = 0;
  return (done, total) => {
    const now = Date.now();
    if (now - last < 100 && done !== total) return;
    last = now;
    const of = total === undefined ? '' : `/${total}`;
    process.stderr.write(`\r${label}: ${done}${of}${done === total ? '\n' : ''}`);
  };
}

export {
  readJsonFile,
  loadNetwork,
  loadGroup,
  parsePoint,
  printJson,
  printText,
  writeOutputDirectory,
  progressAllowed,
  progressReporter,
};
