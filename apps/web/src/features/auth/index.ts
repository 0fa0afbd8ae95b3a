export * from './auth-context';
export * from './AuthProvider';
export * from './components/RequireRole';
export * from './redirects';
