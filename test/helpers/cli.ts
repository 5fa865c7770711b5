/**
 * Running the `symrelu` command in tests, two ways: `runCli` calls `main` in-process with stdout
 * and stderr captured (fast, most cases), and `spawnCli` starts the real entry point as a child
 * process (for exit codes as the shell sees them and for stack-trace-free stderr). Both return
 * the exit code and the two streams; `spawnCli` sets CI=1 so no progress line is drawn.
 */
import { spawnSync } from 'node:child_process';
import { main } from '../../src/cli/program.ts';

interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

async function runCli(...args: string[]): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const out = process.stdout.write.bind(process.stdout);
  const err = process.stderr.write.bind(process.stderr);
  process.stdout.write = ((chunk: string | Uint8Array) => {
    stdout += String(chunk);
    return true;
  }) as typeof process.stdout.write;
  process.stderr.write = ((chunk: string | Uint8Array) => {
    stderr += String(chunk);
    return true;
  }) as typeof process.stderr.write;
  process.exitCode = undefined;
  try {
    const code = await main(args);
    return { code, stdout, stderr };
  } finally {
    process.stdout.write = out;
    process.stderr.write = err;
    process.exitCode = undefined;
  }
}

function spawnCli(...args: string[]): CliRun {
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', ...args], {
    encoding: 'utf8',
    env: { ...process.env, CI: '1' },
  });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

export { runCli, spawnCli };
export type { CliRun };
