import { pageTextExtraction } from '@/utils/runtime/browser/page-text';

export default defineContentScript({
  // "Digest anyway": injected on demand like extract.content.ts, reads the whole page's text.
  registration: 'runtime',
  matches: [],
  main() {
    return pageTextExtraction(document, location.href);
  },
});
