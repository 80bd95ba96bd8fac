import * as fs from 'node:fs';
import * as path from 'node:path';

/** The user's five real documents, copied into test/fixtures/seeds so the project stands alone. */
export function seed(prefix: '000' | '001' | '002' | '003' | '004'): string {
  const directory = path.join(__dirname, '..', '..', '..', 'test', 'fixtures', 'seeds');
  const file = fs.readdirSync(directory).find((name) => name.startsWith(prefix))!;
  return fs.readFileSync(path.join(directory, file), 'utf8');
}
