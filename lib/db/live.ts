// Extension pages read the database directly (same origin as the background) and update live.
export { useLiveQuery } from 'dexie-react-hooks';
