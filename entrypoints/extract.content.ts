import { extractArticle } from '@/utils/engine/extract/extract';
import { trace } from '@/utils/runtime/trace';

export default defineContentScript({
  // Injected on demand by the worker after a toolbar click (activeTab); an empty `matches` keeps host
  // permissions out of the manifest.
  registration: 'runtime',
  matches: [],
  main() {
    trace('page:extract-start');
    const result = extractArticle(document, location.href);
    trace('page:extract-end');
    return result;
  },
});
