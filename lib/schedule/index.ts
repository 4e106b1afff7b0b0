// Public API of the schedule module (pure; safe to import from background, UI and tests).
export * from './business-days';
export * from './due';
export * from './priority';
export * from './alarm-plan';
