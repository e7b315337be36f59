/**
 * Small structural parsers for untrusted JSON (an imported file). Each returns a fresh value holding only the
 * fields it knows, so unknown keys — `__proto__`, scripts, anything — never reach the database, and each failure
 * names the exact place: `digests[3].sentences[0].text should be text`.
 */

export class ParseError extends Error {}

export type Parser<T> = (value: unknown, path: string) => T;

function fail(path: string, expected: string): never {
  throw new ParseError(`${path} should be ${expected}`);
}

export const text: Parser<string> = (value, path) => (typeof value === 'string' ? value : fail(path, 'text'));

export const number: Parser<number> = (value, path) =>
  typeof value === 'number' && Number.isFinite(value) ? value : fail(path, 'a number');

export const integer: Parser<number> = (value, path) =>
  Number.isSafeInteger(value) ? (value as number) : fail(path, 'a whole number');

export const boolean: Parser<boolean> = (value, path) =>
  typeof value === 'boolean' ? value : fail(path, 'true or false');

export function oneOf<T extends string>(choices: readonly T[]): Parser<T> {
  return (value, path) => (choices.includes(value as T) ? (value as T) : fail(path, `one of ${choices.join(', ')}`));
}

export function arrayOf<T>(item: Parser<T>): Parser<T[]> {
  return (value, path) => (Array.isArray(value) ? value.map((v, i) => item(v, `${path}[${i}]`)) : fail(path, 'a list'));
}

/** Marks a field that may be absent; `null` counts as absent too. */
export function optional<T>(parser: Parser<T>): Parser<T | undefined> & { optional: true } {
  return Object.assign((value: unknown, path: string) => (value == null ? undefined : parser(value, path)), {
    optional: true as const,
  });
}

type Shape = Record<string, Parser<unknown>>;
type Parsed<S extends Shape> = { [K in keyof S as S[K] extends { optional: true } ? never : K]: ReturnType<S[K]> } & {
  [K in keyof S as S[K] extends { optional: true } ? K : never]?: Exclude<ReturnType<S[K]>, undefined>;
};

/** An object with exactly these fields (others are dropped); absent optional fields stay absent, not `undefined`. */
export function object<S extends Shape>(shape: S): Parser<Parsed<S>> {
  return (value, path) => {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) fail(path, 'an object');
    const out: Record<string, unknown> = {};
    for (const [key, parse] of Object.entries(shape)) {
      const field = Object.hasOwn(value, key) ? (value as Record<string, unknown>)[key] : undefined;
      const parsed = parse(field, `${path}.${key}`);
      if (parsed !== undefined) out[key] = parsed;
    }
    return out as Parsed<S>;
  };
}
