import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { popupTargetTabId } from '@/utils/browser/active-tab';
import { historyDb } from '@/utils/db/instance';
import { App } from './App';
import './style.css';

const getTabId = () => popupTargetTabId(location.search);

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App getTabId={getTabId} db={historyDb()} />
  </StrictMode>,
);
