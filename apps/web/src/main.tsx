import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { prefetchFirstScreen } from './app/prefetch';
import { apolloClient } from './graphql/client';

const container = document.getElementById('root');
if (!container) throw new Error('#root is missing from index.html');

prefetchFirstScreen(apolloClient);
createRoot(container).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
