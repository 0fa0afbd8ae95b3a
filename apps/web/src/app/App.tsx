import { AppProviders } from './AppProviders';
import { AppRoutes } from './routes';
import './app.css';

export function App() {
  return (
    <AppProviders>
      <AppRoutes />
    </AppProviders>
  );
}
