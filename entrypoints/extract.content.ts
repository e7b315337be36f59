import { extractArticle } from '@/utils/article/extract';

export default defineContentScript({
  // Injected on demand by the worker after a toolbar click (activeTab); an empty `matches` keeps host
  // permissions out of the manifest.
  registration: 'runtime',
  matches: [],
  main() {
    return extractArticle(document, location.href);
  },
});
