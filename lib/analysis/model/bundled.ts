// The weights shipped with the extension (written by `npm run train`), decoded once on first use.
// A missing or corrupt file is not fatal: the analyzer runs the rules and says why in diagnostics.
import weights from './weights.json';
import { loadModel, type LinearModel } from './linear';

export type ModelState = { model: LinearModel; error?: undefined } | { model: null; error: string };

let state: ModelState | null = null;

/** Decodes raw weights (e.g. a file's parsed JSON); never throws. */
export function modelFromWeights(raw: unknown): ModelState {
  try {
    return { model: loadModel(raw) };
  } catch (e) {
    return { model: null, error: (e as Error).message };
  }
}

export function bundledModel(): ModelState {
  state ??= modelFromWeights(weights as unknown);
  return state;
}
