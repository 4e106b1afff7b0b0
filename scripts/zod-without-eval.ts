// A Vite plugin that builds zod without its JIT. Zod 4 compiles object parsers with `new Function`
// when the page allows it (it probes with `Function("")`). An extension page's CSP forbids that anyway,
// so the JIT never runs in Afterfollow — but the code is still in the bundles, and Mozilla's add-on lint
// (and store reviewers) report it as eval. `z.config({ jitless: true })` only switches it off at run
// time; this takes the two uses of the Function constructor out of the bundled text:
//   - the probe answers "no eval" (so zod takes its ordinary, interpreted path everywhere);
//   - Doc#compile, reached only from that JIT, throws.
// When a zod upgrade changes either source, the build fails here instead of shipping eval again.
// `scripts/check-bundles.mjs` scans the built bundles for any Function constructor or eval.
import type { Plugin } from 'vite';

interface Patch {
  file: RegExp;
  find: RegExp;
  replace: string;
}

const PATCHES: Patch[] = [
  {
    file: /[\\/]zod[\\/]v4[\\/]core[\\/]util\.js$/,
    find: /try\s*\{\s*const F = Function;\s*new F\(""\);\s*return true;\s*\}\s*catch\s*\(_\)\s*\{\s*return false;\s*\}/,
    replace: 'return false; // Afterfollow: zod built without its JIT (scripts/zod-without-eval.ts)',
  },
  {
    file: /[\\/]zod[\\/]v4[\\/]core[\\/]doc\.js$/,
    find: /compile\(\)\s*\{\s*const F = Function;[\s\S]*?return factory\(\.\.\.Object\.values\(this\.closed\)\);\s*\}/,
    replace: 'compile() { throw new Error("zod is built without its JIT here (scripts/zod-without-eval.ts)"); }',
  },
];

export function zodWithoutEval(): Plugin {
  return {
    name: 'afterfollow:zod-without-eval',
    enforce: 'pre',
    transform(code, id) {
      const patch = PATCHES.find((p) => p.file.test(id.split('?')[0]!));
      if (!patch) return null;
      if (!patch.find.test(code)) {
        this.error(`zod's source changed: ${id} no longer matches scripts/zod-without-eval.ts (${patch.find}). Update the patch.`);
      }
      return { code: code.replace(patch.find, patch.replace), map: null };
    },
  };
}
