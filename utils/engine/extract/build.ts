import type { Article } from '../../core/article';
import { contradictsLatin, detectLang } from '../../core/lang';
import { countWords, isCjkLang, scriptLang } from '../../core/script';
import { joinHardWrapped } from './hard-wrap';

export interface ArticleParts extends Omit<Article, 'lang' | 'wordCount'> {
  declaredLang?: string;
}

/** Fills in what every article needs from its blocks: language (checked against the text) and word count. */
export function buildArticle({ declaredLang, ...parts }: ArticleParts): Article {
  const text = parts.blocks.map((b) => b.text).join('\n');
  const lang = resolveLang(declaredLang, text);
  // Only text without spaces between words is joined: a Latin line's last word could end a heading or a list item.
  const blocks = isCjkLang(lang) ? joinHardWrapped(parts.blocks) : parts.blocks;
  const article: Article = { ...parts, blocks, lang, wordCount: countWords(text) };
  for (const key of Object.keys(article) as Array<keyof Article>) {
    if (article[key] === undefined) delete article[key];
  }
  return article;
}

/**
 * The page's declared language, unless the text plainly is in another script (templates often say `en` on
 * Chinese pages) or, in Latin script, plainly uses another language's words; then the detected one.
 */
function resolveLang(declared: string | undefined, text: string): string {
  if (!declared) return detectLang(text);
  const script = scriptLang(text);
  const cjkDeclared = ['zh', 'ja', 'ko'].includes(declared.toLowerCase().split(/[-_]/)[0]!);
  const cjkDetected = ['zh', 'ja', 'ko'].includes(script);
  if (script !== 'und' && cjkDeclared !== cjkDetected) return cjkDetected ? script : detectLang(text);
  // Latin text the declared language's stop words don't fit: the text wins.
  return (script === 'latin' && contradictsLatin(declared, text)) || declared;
}
