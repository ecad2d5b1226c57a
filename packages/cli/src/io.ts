import type { ProgressStream } from './progress.js';

/** Where a command writes: injectable so that tests can capture output. */
export interface CliIo {
  /** Writes to stdout; may return a promise that settles when the reader has taken the text (backpressure). */
  stdout: (text: string) => void | Promise<void>;
  stderr: (text: string) => void;
  /** The folder relative paths are resolved against (default `process.cwd()`). */
  cwd: string;
  /** Whether stdout / stderr are terminals (progress bars are drawn only for a person). */
  stdoutIsTTY?: boolean;
  stderrIsTTY?: boolean;
  /** The stream a progress bar draws on (stderr). */
  stderrStream?: ProgressStream;
}

/** The process's own streams; writing to stdout waits for a slow reader instead of buffering without bound. */
export const processIo: CliIo = {
  stdout: (text) => (process.stdout.write(text) ? undefined : new Promise<void>((drained) => process.stdout.once('drain', drained))),
  stderr: (text) => process.stderr.write(text),
  cwd: process.cwd(),
  stdoutIsTTY: Boolean(process.stdout.isTTY),
  stderrIsTTY: Boolean(process.stderr.isTTY),
  stderrStream: process.stderr,
};
