/** Where the benchmark writes: the tables on stdout, progress on stderr; injectable for tests. */
export interface BenchIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** The folder relative paths are resolved against. */
  cwd: string;
}

/** The process's own streams. */
export const processBenchIo: BenchIo = {
  stdout: (text) => void process.stdout.write(text),
  stderr: (text) => void process.stderr.write(text),
  cwd: process.cwd(),
};
