/**
 * # Compiling LaTeX with the system's pdflatex
 *
 * Defines `compileLatex(tex, options)`: writes the source into a fresh temporary folder, runs
 * `pdflatex -interaction=nonstopmode -halt-on-error -no-shell-escape` there (a second time only
 * when the log asks for a rerun, for cross-references), and returns the PDF bytes together with
 * every `Overfull \hbox` warning of the log, or says that pdflatex is missing or failed (with
 * the first error line). The temporary folder is always removed. A timeout (default 60 s) stops
 * a run that hangs. The library never prints: the caller decides what to tell the user.
 *
 * The binary is `pdflatex` on the PATH unless `options.command` or the environment variable
 * `SYMRELU_PDFLATEX` names another (tests use this to simulate a machine without LaTeX).
 */

import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

interface CompileOptions {
  /** The pdflatex binary (default `$SYMRELU_PDFLATEX` or `pdflatex`). */
  readonly command?: string;
  /** Milliseconds per pdflatex run (default 60000). */
  readonly timeoutMs?: number;
  /** Files the document includes (figures), written next to it by name. */
  readonly extraFiles?: ReadonlyMap<string, string | Uint8Array>;
}

type CompileResult =
  | {
      readonly status: 'ok';
      readonly pdf: Uint8Array;
      readonly log: string;
      readonly overfull: string[];
    }
  | { readonly status: 'missing'; readonly command: string }
  | { readonly status: 'failed'; readonly log: string; readonly error: string };

/** What a user should run to get pdflatex on Debian and Ubuntu. */
const PDFLATEX_INSTALL_HINT = 'apt-get install texlive-latex-base';

const JOB = 'document';

function firstError(log: string, fallback: string): string {
  const line = log.split('\n').find((l) => l.startsWith('!'));
  return line ? line.slice(1).trim() : fallback;
}

/**
 * Compiles a LaTeX document to PDF with the system's pdflatex, in a temporary folder.
 * @example compileLatex(tex).status // 'ok', 'missing' or 'failed'
 * @param tex the whole document
 * @param options binary, timeout per run, files to place next to the document
 * @throws Error when an extra file name is not a plain file name
 */
function compileLatex(tex: string, options: CompileOptions = {}): CompileResult {
  const command = options.command ?? process.env.SYMRELU_PDFLATEX ?? 'pdflatex';
  const dir = mkdtempSync(join(tmpdir(), 'symrelu-latex-'));
  try {
    writeFileSync(join(dir, `${JOB}.tex`), tex);
    for (const [name, content] of options.extraFiles ?? []) {
      if (!/^[A-Za-z0-9][A-Za-z0-9._-]*$/.test(name))
        throw new Error(`not a plain file name: ${name}`);
      writeFileSync(join(dir, name), content);
    }
    const logPath = join(dir, `${JOB}.log`);
    let log = '';
    for (let run = 0; run < 2; run++) {
      const result = spawnSync(
        command,
        ['-interaction=nonstopmode', '-halt-on-error', '-no-shell-escape', `${JOB}.tex`],
        {
          cwd: dir,
          timeout: options.timeoutMs ?? 60_000,
          encoding: 'utf8',
          stdio: ['ignore', 'pipe', 'pipe'],
        },
      );
      const code = (result.error as NodeJS.ErrnoException | undefined)?.code;
      if (code === 'ENOENT' || code === 'EACCES') return { status: 'missing', command };
      log = existsSync(logPath) ? readFileSync(logPath, 'latin1') : `${result.stdout ?? ''}`;
      if (result.error)
        return {
          status: 'failed',
          log,
          error: `pdflatex did not finish (${code ?? result.error.message})`,
        };
      if (result.status !== 0)
        return {
          status: 'failed',
          log,
          error: firstError(log, `pdflatex exited with ${result.status}`),
        };
      if (!/Rerun to get|Label\(s\) may have changed/.test(log)) break;
    }
    const overfull = log.split('\n').filter((l) => l.startsWith('Overfull \\hbox'));
    return {
      status: 'ok',
      pdf: new Uint8Array(readFileSync(join(dir, `${JOB}.pdf`))),
      log,
      overfull,
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export { compileLatex, PDFLATEX_INSTALL_HINT };
export type { CompileOptions, CompileResult };
