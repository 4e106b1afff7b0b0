// Loads a fixture into its own happy-dom Window at the fixture's real URL.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Window } from 'happy-dom';

export const FIXTURE_DIR = join(__dirname, '..', 'fixtures');

export function fixtureHtml(file: string): string {
  return readFileSync(join(FIXTURE_DIR, file), 'utf8');
}

export interface LoadedPage {
  window: Window;
  document: Document;
  location: Location;
  close(): void;
}

export function loadPage(html: string, url: string): LoadedPage {
  const window = new Window({ url, settings: { disableJavaScriptEvaluation: true, disableCSSFileLoading: true, disableJavaScriptFileLoading: true } });
  window.document.write(html);
  return {
    window,
    document: window.document as unknown as Document,
    location: window.location as unknown as Location,
    close: () => void window.happyDOM.abort().then(() => window.close()),
  };
}

export const loadFixture = (file: string, url: string) => loadPage(fixtureHtml(file), url);
