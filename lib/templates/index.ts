// Public API of the templates module (pure; safe to import from background, UI and tests).
export * from './schema';
export * from './variables';
export * from './render';
export * from './builtin';
export * from './suggest';
export * from './quick-replies';
