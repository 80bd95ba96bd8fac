/** Where the CLI writes and what it reads as stdin: the process's by default, the tests' own in the tests. */
export interface CliIo {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  readonly readStdin: () => string;
}
