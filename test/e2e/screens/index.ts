import { runSuites } from '../suite/mocha';

export function run(): Promise<void> {
  return runSuites(__dirname);
}
