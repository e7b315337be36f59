import { extractFromTab, tabUrl } from '@/utils/browser/extract-tab';
import { historyDb } from '@/utils/db/instance';
import { handleMessages } from '@/utils/messages';
import { createHandlers } from '@/utils/worker/handlers';

export default defineBackground(() => {
  handleMessages(createHandlers({ db: historyDb(), extract: extractFromTab, tabUrl }));
});
