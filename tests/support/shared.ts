import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** `../shared` reference material: read-only, and absent on some machines, where tests using it skip. */
export const SHARED = resolve(__dirname, '../../../shared');
export const hasShared = existsSync(join(SHARED, 'README.md'));

export function sharedFile(...parts: string[]): string {
  return readFileSync(join(SHARED, ...parts), 'utf8');
}

export function readabilityPages(): string[] {
  const dir = join(SHARED, 'pages/readability');
  return existsSync(dir) ? readdirSync(dir).sort() : [];
}
