import { browser } from 'wxt/browser';
import { clearHighlights, highlightsShown, scrollToSentence, showHighlights } from '@/utils/runtime/browser/highlight';
import { isPageRequest, type PageReply } from '@/utils/runtime/browser/page-highlight';

/** Marks key sentences on the page and scrolls to them, at the popup's request; injected on demand. */
export default defineContentScript({
  registration: 'runtime',
  matches: [],
  main() {
    // The popup injects this before every request; one listener is enough. (A flag in the content script's own
    // world, not on the page's DOM.)
    const scope = globalThis as { digestHighlighter?: true };
    if (scope.digestHighlighter) return;
    scope.digestHighlighter = true;
    browser.runtime.onMessage.addListener((message: unknown, _sender, sendResponse: (reply: PageReply) => void) => {
      if (!isPageRequest(message)) return false;
      const page = window as Window & typeof globalThis;
      let result = { ok: true, found: 0, total: 0 };
      if (message.type === 'digest:highlight') result = showHighlights(page, message.sentences);
      else if (message.type === 'digest:clear') clearHighlights(page);
      else if (message.type === 'digest:scroll') {
        const found = scrollToSentence(page, message.sentence);
        result = { ok: found, found: found ? 1 : 0, total: 1 };
      }
      sendResponse({ ...result, shown: highlightsShown(page) });
      return false;
    });
  },
});
