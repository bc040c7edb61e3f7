import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { watchAssistiveLabels } from './app/assistive-labels';
import './styles.css';

const container = document.getElementById('root');
if (container === null) throw new Error('Thiếu phần tử #root trong index.html.');
watchAssistiveLabels();
createRoot(container).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
