// Stands in for pouchdb-changes-filter in the extension build (wxt.config.ts aliases it). That plugin
// compiles design-document filters and views from strings (new Function), which the extension never
// ships (scripts/check-bundles.mjs). Team sync passes only function filters, and PouchDB's http
// adapter applies those itself, so the plugin has nothing to do here.
interface FilterHost {
  _changesFilterPlugin?: unknown;
}

export default function applyChangesFilterPlugin(PouchDB: FilterHost): void {
  PouchDB._changesFilterPlugin = {
    validate: (_opts: unknown, callback: (err?: unknown) => void) => callback(),
    normalize: () => {},
    shouldFilter: () => false,
    filter: () => {},
  };
}
