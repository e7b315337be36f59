import { DigestDatabase } from './database';

let instance: DigestDatabase | undefined;

/** The one history database of this extension page or worker; Dexie opens it on first use. */
export function historyDb(): DigestDatabase {
  return (instance ??= new DigestDatabase());
}
