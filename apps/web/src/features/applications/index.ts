export { ApplicationHistory } from './components/ApplicationHistory';
export { APPLICATION_HISTORY_FIELDS } from './applications.graphql';
