import { hasHan } from '../../core/script';

/**
 * A page title without the site's name: `京东云高礼强：…_中国网科技` → `京东云高礼强：…`,
 * `Storm hits coast | BBC News` → `Storm hits coast`. Only a suffix or prefix that repeats the site's name
 * (or the page's own heading shows is not part of the title) is removed, so titles with a colon or dash survive.
 */

const MAX_TRAIL_CJK = 10;
const MAX_TRAIL_WORDS = 4;
const SEPARATORS = /\s*(?:[|_–—•·»]|\s-\s|::)\s*/;

export function cleanTitle(raw: string, siteName?: string, headings: readonly string[] = []): string {
  const title = raw.replace(/\s+/g, ' ').trim();
  if (!title) return title;
  // The page's own h1 is the best witness of the real title when the <title> only adds to it.
  const heading = headings.find((h) => h.length >= 4 && h !== title && title.includes(h) && sameStart(h, title));
  if (heading) return heading;
  const parts = title.split(SEPARATORS);
  if (parts.length < 2) return title;
  if (!siteName) return withoutShortTrail(title, parts);
  const site = norm(siteName);
  const first = parts[0]!;
  const last = parts[parts.length - 1]!;
  if (isSiteName(last, site))
    return title.slice(0, title.lastIndexOf(last)).replace(new RegExp(`${SEPARATORS.source}$`), '');
  if (isSiteName(first, site)) return title.slice(first.length).replace(new RegExp(`^${SEPARATORS.source}`), '');
  return title;
}

/**
 * With no site name to recognise, `标题_教育频道_中国青年网` or `Headline | Section | Site` still ends in a trail of
 * section and site names: drop it when every part after the first is short and the first is the longest.
 */
function withoutShortTrail(title: string, parts: string[]): string {
  const [first, ...rest] = parts as [string, ...string[]];
  const short = (p: string) => (hasHan(p) ? p.length <= MAX_TRAIL_CJK : p.split(/\s+/).length <= MAX_TRAIL_WORDS);
  return rest.every(short) && rest.every((p) => p.length < first.length) && /[_|]/.test(title) ? first : title;
}

function sameStart(heading: string, title: string): boolean {
  return title.startsWith(heading) || title.endsWith(heading);
}

function isSiteName(part: string, site: string): boolean {
  const p = norm(part);
  return p.length > 0 && (p === site || site.includes(p) || p.includes(site));
}

function norm(s: string): string {
  return s.toLowerCase().replace(/[\s.]+|^www|com$|\.com$/g, '');
}
