/**
 * A note about the writer closing a page — `Phil Helsel is a reporter for NBC News.`, `Emiliano joined pv magazine in
 * March 2017.`, `张三，本报记者，毕业于…` — told by the byline's names opening a sentence: it is about the author, not
 * the story.
 */

/** Words in a Latin byline that aren't its author's name. */
const NOT_NAMES = new Set([
  'by',
  'the',
  'and',
  'staff',
  'writer',
  'reporter',
  'editor',
  'news',
  'wire',
  'press',
  'associated',
  'contributor',
]);
/** Labels in a Chinese byline: author, reporter, editor, text and picture, correspondent. */
const CJK_LABELS = /作者|记者|编辑|责编|通讯员|特约|实习|本报|文|图|摄/g;

/** The author's names in a byline: `Troy L. Smith, Cleveland.com` → Troy, Smith; `记者 张三` → 张三. */
export function authorNames(byline: string | undefined): string[] {
  if (!byline) return [];
  // The first name in the byline: a second is a co-author or the publication.
  const first = byline.split(/[,|·•/;]|\s+and\s+|和|、/)[0] ?? '';
  // Whole words only: `AppleInsider` is a publication, not a Mr Apple.
  const latin = first.split(/\s+/).filter((w) => /^\p{Lu}\p{Ll}{2,}$/u.test(w) && !NOT_NAMES.has(w.toLowerCase()));
  const cjk = first.replace(CJK_LABELS, ' ').match(/\p{Script=Han}{2,4}/gu) ?? [];
  return [...latin, ...cjk];
}

/**
 * The sentence opens with one of the names and goes on about that person: a Latin name then a lower-case word or a
 * possessive (`Regan loves…`, `Zac covers…`, `Smith’s work…`), with perhaps more of the name between; a Chinese name
 * then a comma or `是`, `现任`, `曾`, `毕业`.
 */
export function isAboutAuthor(text: string, names: readonly string[]): boolean {
  return names.some((name) => {
    if (!text.startsWith(name)) return false;
    const rest = text.slice(name.length);
    return /\p{Script=Han}/u.test(name)
      ? /^\s*(?:[，,]|是|现任|现为|曾|毕业|系)/u.test(rest)
      : /^(?:\s+\p{Lu}[\p{L}.'’-]*){0,2}(?:\s+\p{Ll}|['’]s\b)/u.test(rest);
  });
}
