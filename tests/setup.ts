import 'fake-indexeddb/auto';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { beforeEach } from 'vitest';
import { z } from 'zod';

// The shipped bundles carry zod without its JIT (scripts/zod-without-eval.ts): unit tests take the same
// interpreted path. Set before any test module defines a schema (object schemas read it when created).
z.config({ jitless: true });

beforeEach(() => {
  fakeBrowser.reset();
});
