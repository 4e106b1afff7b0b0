// The bundled sample pages the demo and the e2e tests open, at their real URLs.
import { FIXTURES } from '../sites/fixtures';

export const DEMO_PAGES = FIXTURES.filter((f) => f.view === 'thread').map((f) => ({
  name: f.file.replace(/\.html$/, ''),
  url: f.url,
  fixture: f.file,
}));
