import type { ProgressStream } from './progress.js';

/** Where a command writes: injectable so that tests can capture output. */
export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** The folder relative paths are resolved against (default `process.cwd()`). */
  cwd: string;
  /** Whether stdout / stderr are terminals (progress bars are drawn only for a person). */
  stdoutIsTTY?: boolean;
  stderrIsTTY?: boolean;
  /** The stream a progress bar draws on (stderr). */
  stderrStream?: ProgressStream;
}

/** The process's own streams. */
export const processIo: CliIo = {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  cwd: process.cwd(),
  stdoutIsTTY: Boolean(process.stdout.isTTY),
  stderrIsTTY: Boolean(process.stderr.isTTY),
  stderrStream: process.stderr,
};
