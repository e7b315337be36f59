import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { i18n } from '#i18n';
import { historyDb } from '@/utils/store/db/instance';
import { App } from './App';
import './style.css';
import { formatLocale } from '@/utils/runtime/i18n/locale';

// The page speaks the browser's language (the messages browser.i18n picked).
document.documentElement.lang = formatLocale();
document.title = i18n.t('history.title');

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App db={historyDb()} />
  </StrictMode>,
);
