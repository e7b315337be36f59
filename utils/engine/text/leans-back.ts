import { baseLang } from '../../core/lang';

/**
 * A sentence that leans on the one before it: it opens by pointing back (`That prompted…`, `These issues…`,
 * `这里提供的…`, `该公司…`) or by going on from it (`But…`, `此外…`, `第二个…`, `二是…`), or it is one clause of a
 * list cut at a semicolon. Alone in a digest it says little, or the wrong thing: a reader can't tell what it points
 * to. Each language's openers are the few words its grammar uses for this, not a list of topics.
 */
const OPENERS: Readonly<Record<string, RegExp>> = {
  en: /^["“‘']?(?:that|these|those|such|but|and|also|however|still|yet|meanwhile|instead|thus|therefore|moreover|furthermore|besides|otherwise|likewise|similarly|nonetheless|nevertheless)\b(?![-\s]+(?:year|week|month|morning|afternoon|evening|spring|summer|autumn|fall|winter|season|weekend|time|is\s+(?:the|a|an|not|why|how|what|where|when)\b|was\s+(?:the|a|an)\b))/i,
  zh: /^[“"「]?(?:这[里些个种样是就也让使]|那[里些个种样]|此[外后时前]|其[中次余实]|该[公机项部市省人]|但[是]?|而且|然而|不过|因此|所以|于是|随后|同时|另外|对此|再次|最后|第[二三四五六七八九十][个点条项是，,]|[二三四五六七八九十]是)/u,
};

const LIST_CLAUSE = /[；;]\s*$/u;

export function leansBack(text: string, lang: string): boolean {
  const opener = OPENERS[baseLang(lang)];
  return LIST_CLAUSE.test(text) || (opener?.test(text.trim()) ?? false);
}
