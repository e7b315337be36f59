import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { historyDb } from '@/utils/db/instance';
import { App } from './App';
import './style.css';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App db={historyDb()} />
  </StrictMode>,
);
