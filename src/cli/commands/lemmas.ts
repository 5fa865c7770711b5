/**
 * # Commands `lemmas` and `check`: the property-based lemma suite and the user's conjectures
 *
 * `symrelu lemmas` runs one property per statement of MATH.md (`lemmaStatements`) with a fixed
 * seed and prints a table: statement, MATH.md reference, runs, time, result; for a failure the
 * seed, the replay path, the reason, and the shrunk counterexample as text and LaTeX. `--soak` runs
 * 50 times as many cases with a fresh seed, printed before anything runs, and stops a
 * statement after 10 minutes (its row then says how many cases ran). `symrelu check FILE`
 * runs the statements a conjecture file exports (docs/lemmas.md) the same way (`--only`,
 * `--seed`, `--path` as for `lemmas`; no `--soak`). A failure's replay line names the command,
 * the statement (`--only`), the seed and the path, so it reruns as printed.
 * Exit 0 when every statement holds on every case, 1 when one fails, 2 for bad input.
 */

import { randomInt } from 'node:crypto';
import type { Command } from 'commander';
import { InputError } from '../../scalar/parseRational.ts';
import { lemmaStatements } from '../../lemmas/lemmaStatements.ts';
import { loadConjectures } from '../../lemmas/checkConjecture.ts';
import { runSuite, DEFAULT_SEED, type SuiteReport } from '../../lemmas/runSuite.ts';
import type { Statement } from '../../lemmas/statement.ts';
import { printJson, printText, progressReporter } from '../io.ts';

/** How many times more cases `--soak` runs than the default suite. */
const SOAK_FACTOR = 50;

/** Per-statement time limit of `--soak`, so a slow shrink cannot hold the run for hours. */
const SOAK_TIME_LIMIT_MS = 10 * 60 * 1000;

interface SuiteOptions {
  runs?: number;
  seed?: number;
  json?: boolean;
  soak?: boolean;
  only?: string[];
  path?: string;
}

function parseRuns(text: string): number {
  if (!/^\d+$/.test(text) || Number(text) < 1 || Number(text) > 1_000_000) {
    throw new InputError('--runs', `expected a whole number from 1 to 1000000, got "${text}"`);
  }
  return Number(text);
}

function parseSeed(text: string): number {
  const value = Number(text);
  if (!/^-?\d+$/.test(text) || value < -(2 ** 31) || value >= 2 ** 31) {
    throw new InputError('--seed', `expected a 32-bit whole number, got "${text}"`);
  }
  return value;
}

function collect(value: string, previous: string[] = []): string[] {
  return [...previous, value];
}

function pad(text: string, width: number): string {
  return text.length >= width ? text : text + ' '.repeat(width - text.length);
}

/** A word for a POSIX shell: as it is when it needs no quoting, else in single quotes. */
function shellWord(word: string): string {
  return /^[A-Za-z0-9_./:=@%+-]+$/.test(word) ? word : `'${word.replace(/'/g, `'\\''`)}'`;
}

function formatReport(report: SuiteReport, command: string): string {
  const rows = report.statements.map((s) => [
    s.name,
    s.reference,
    String(s.runs),
    `${s.elapsedMs} ms`,
    s.passed ? (s.interrupted ? 'holds (time limit)' : 'holds') : 'FAILS',
  ]);
  const header = ['statement', 'reference', 'runs', 'time', 'result'];
  const widths = header.map((h, c) => Math.max(h.length, ...rows.map((r) => r[c]!.length)));
  const line = (cells: string[]) =>
    cells
      .map((cell, c) => pad(cell, widths[c]!))
      .join('  ')
      .trimEnd();
  const out = [`seed ${report.seed}`, line(header), ...rows.map(line)];
  for (const s of report.statements.filter((r) => !r.passed)) {
    out.push('', `${s.name} fails (${s.reference}): ${s.claim}`);
    const path = s.path ? ` --path ${s.path}` : '';
    out.push(`  replay: ${command} --only ${shellWord(s.name)} --seed ${s.seed}${path}`);
    out.push(`  reason: ${s.message}`);
    if (s.counterexample) {
      out.push(
        '  shrunk counterexample:',
        ...s.counterexample.text.split('\n').map((l) => `    ${l}`),
      );
      out.push('  as LaTeX:', ...s.counterexample.latex.split('\n').map((l) => `    ${l}`));
    }
  }
  const failed = report.statements.filter((s) => !s.passed).length;
  out.push(
    '',
    failed === 0
      ? `all ${report.statements.length} statements hold`
      : `${failed} of ${report.statements.length} statements fail`,
  );
  return out.join('\n');
}

function selectStatements(
  all: Statement<unknown>[],
  opts: SuiteOptions,
  source: string,
): Statement<unknown>[] {
  const only = opts.only;
  for (const name of only ?? []) {
    if (!all.some((s) => s.name === name)) {
      throw new InputError(
        '--only',
        `unknown statement "${name}" (known${source}: ${all.map((s) => s.name).join(', ')})`,
      );
    }
  }
  const selected = only ? all.filter((s) => only.includes(s.name)) : all;
  if (opts.path !== undefined && selected.length !== 1) {
    throw new InputError(
      '--path',
      `replays one statement, but ${selected.length} are selected${source}: ` +
        'give exactly one --only NAME',
    );
  }
  return selected;
}

function runAndReport(
  statements: Statement<unknown>[],
  opts: SuiteOptions,
  freshSeed: boolean,
  command: string,
): void {
  const seed = opts.seed ?? (freshSeed ? randomInt(0, 2 ** 31) : DEFAULT_SEED);
  if (freshSeed && opts.seed === undefined) {
    const notice = `soak seed ${seed} (replay with --soak --seed ${seed})`;
    if (opts.json) process.stderr.write(`${notice}\n`);
    else printText(notice);
  }
  const reporters = new Map<string, (done: number, total?: number) => void>();
  const report = runSuite(statements, {
    seed,
    ...(opts.runs !== undefined ? { runs: opts.runs } : {}),
    ...(opts.soak ? { runsFactor: SOAK_FACTOR, timeLimitMs: SOAK_TIME_LIMIT_MS } : {}),
    ...(opts.path !== undefined ? { path: opts.path } : {}),
    onProgress: (name, done, total) => {
      if (!reporters.has(name)) reporters.set(name, progressReporter(name));
      reporters.get(name)!(Math.min(done, total), total);
    },
  });
  if (opts.json) printJson(report);
  else printText(formatReport(report, command));
  process.exitCode = report.passed ? 0 : 1;
}

function addSuiteOptions(command: Command, seedDefault: string): Command {
  return command
    .option(
      '--runs <n>',
      "cases per statement (default: each statement's own, at least 100)",
      parseRuns,
    )
    .option('--seed <s>', `fast-check seed (default ${seedDefault})`, parseSeed)
    .option('--only <name>', 'run only this statement (repeatable)', collect)
    .option('--path <p>', 'replay one failure: the path printed with it (with --only, --seed)')
    .option('--json', 'machine-readable output');
}

function registerLemmaCommands(program: Command): void {
  addSuiteOptions(
    program
      .command('lemmas')
      .description(
        'run the property-based suite: one statement per MATH.md claim; exit 1 if one fails',
      )
      .option('--soak', `${SOAK_FACTOR} times as many cases, with a fresh seed printed first`),
    `${DEFAULT_SEED}; fresh with --soak`,
  ).action((opts: SuiteOptions) => {
    const statements = selectStatements(lemmaStatements(), opts, '');
    const command = opts.soak ? 'symrelu lemmas --soak' : 'symrelu lemmas';
    runAndReport(statements, opts, Boolean(opts.soak), command);
  });

  addSuiteOptions(
    program
      .command('check')
      .description(
        'run the conjecture(s) a TypeScript file exports (docs/lemmas.md); exit 1 if false',
      )
      .argument('<file>', 'module exporting defineStatement({ name, arbitrary, check })'),
    String(DEFAULT_SEED),
  ).action(async (file: string, opts: SuiteOptions) => {
    const statements = selectStatements(await loadConjectures(file), opts, ` in ${file}`);
    runAndReport(statements, opts, false, `symrelu check ${shellWord(file)}`);
  });
}

export { registerLemmaCommands };
