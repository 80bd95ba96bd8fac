import { runSuites } from './mocha';

export function run(): Promise<void> {
  return runSuites(__dirname);
}
