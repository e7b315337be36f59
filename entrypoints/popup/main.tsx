import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { i18n } from '#i18n';
import { popupTargetTabId } from '@/utils/runtime/browser/active-tab';
import { menuDigestWaiting } from '@/utils/runtime/browser/pending';
import { App } from './App';
import { requestDigest } from './digest-request';
import './style.css';
import { formatLocale } from '@/utils/runtime/i18n/locale';
import { trace } from '@/utils/runtime/trace';

trace('popup:script');

// The page speaks the browser's language (the messages browser.i18n picked).
document.documentElement.lang = formatLocale();
document.title = i18n.t('extName');

const getTabId = () => popupTargetTabId(location.search);
// Asked for before React mounts: the worker reads the page while the popup's UI renders "Reading…".
const opening = requestDigest(getTabId, 'article', menuDigestWaiting(location.search));

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App getTabId={getTabId} opening={opening} />
  </StrictMode>,
);
