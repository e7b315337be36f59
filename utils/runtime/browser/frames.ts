import { browser } from 'wxt/browser';
import { type Failed, failure } from '../../core/failure';

/** Pages whose article is inside a frame: activeTab lets Digest read the top page only, so it says where to go. */

/** The failure for a frame shell, naming the framed page when it is one the reader can open. */
export function inFrameFailure(frameAddress: string): Failed {
  return /^(https?|file):/.test(frameAddress)
    ? failure('in-frame', 'inFrameAt', [frameAddress])
    : failure('in-frame', 'inFrame');
}

/** A shell has next to no text of its own: a site name, a menu. */
const MAX_SHELL_TEXT_CHARS = 500;

/**
 * The address of the frame a tab's top page is only a shell around, if it is one. Asked only after the top page
 * was found to have no article, so an ordinary page never pays for a second injection.
 */
export async function frameShellAddress(tabId: number): Promise<string | undefined> {
  const [frame] = await browser.scripting.executeScript({
    target: { tabId },
    func: fillingFrameAddress,
    args: [MAX_SHELL_TEXT_CHARS],
  });
  return typeof frame?.result === 'string' ? frame.result : undefined;
}

/**
 * Runs in the page (executeScript serialises it, so it uses nothing from outside, its limit included): the
 * address of a frame filling at least half the window when the page around it has next to no text. Null for any
 * other page, such as one with an embedded video. The frames are looked at first: on a page without a big one,
 * the text (a layout of the whole page) is never measured. A `<frameset>` page's body is the frameset: no text.
 * The frame list is searched with `Array.prototype.find.call`, never spread: in a Firefox content script it is a
 * page object behind an Xray wrapper, which may not be iterable (utils/engine/extract/page-lists.ts, which this can't import).
 */
export function fillingFrameAddress(maxShellTextChars: number): string | null {
  const windowArea = innerWidth * innerHeight;
  const frames = document.querySelectorAll<HTMLIFrameElement | HTMLFrameElement>('iframe, frame');
  const filling = Array.prototype.find.call(frames, (frame: HTMLIFrameElement | HTMLFrameElement) => {
    const { width, height } = frame.getBoundingClientRect();
    return width * height >= windowArea / 2;
  }) as HTMLIFrameElement | HTMLFrameElement | undefined;
  if (!filling || (document.body?.innerText ?? '').trim().length > maxShellTextChars) return null;
  return filling.src;
}
