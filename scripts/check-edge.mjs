// The Chromium package goes to Microsoft Edge Add-ons unchanged (npm run zip copies it). Edge runs
// Chromium's extension platform, but only a listed subset of its APIs. This checks, after the build, that
// the Chromium manifest uses only manifest keys and permissions Edge documents for MV3, and that the code
// calls only API namespaces on Edge's list ("Supported APIs for Microsoft Edge extensions", Microsoft
// Learn, MV3 column; checked 2026-12-02). A new key, permission or API namespace fails here until someone
// checks it against that page and adds it. Part of `npm test`.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

// Chromium MV3 manifest keys that Edge reads as Chrome does.
const EDGE_KEYS = new Set(['manifest_version', 'name', 'description', 'version', 'icons', 'default_locale', 'host_permissions', 'web_accessible_resources', 'permissions', 'action', 'commands', 'background', 'options_ui', 'content_scripts', 'content_security_policy', 'minimum_chrome_version', 'short_name', 'author', 'homepage_url',
  // Team sync (issue 18): Chromium's MV3 key for run-time host requests (Chromium 102+; Edge reads Chromium's manifest).
  'optional_host_permissions',
  // Team sync's cookie sign-in: 'cookies' asked for at run time (Chromium's optional_permissions, which Edge reads).
  'optional_permissions']);
// Edge's MV3 API list, as far as Afterfollow could use it (runtime and i18n need no permission).
const EDGE_APIS = new Set(['action', 'alarms', 'commands', 'contextMenus', 'cookies', 'downloads', 'i18n', 'notifications', 'runtime', 'scripting', 'storage', 'tabs', 'windows', 'sidePanel', 'permissions']);
// permissions (team sync's run-time host request) and windows (bringing a pop-out compose window to the front) need no permission of their own.
const NO_PERMISSION = new Set(['runtime', 'i18n', 'tabs', 'action', 'commands', 'permissions', 'windows']);

const manifest = JSON.parse(readFileSync(join(process.argv[2] ?? '.output/chrome-mv3', 'manifest.json'), 'utf8'));
const problems = [];
for (const key of Object.keys(manifest)) if (!EDGE_KEYS.has(key)) problems.push(`manifest key "${key}" is not on the Edge list`);
for (const p of [...(manifest.permissions ?? []), ...(manifest.optional_permissions ?? [])]) if (!EDGE_APIS.has(p)) problems.push(`permission "${p}" is not on Edge's MV3 API list`);
if (manifest.background && !manifest.background.service_worker) problems.push('Edge MV3 needs background.service_worker');

const sources = (dir) =>
  readdirSync(dir).flatMap((n) => {
    const p = join(dir, n);
    return statSync(p).isDirectory() ? sources(p) : /\.(ts|tsx)$/.test(n) ? [p] : [];
  });
const used = new Set();
for (const file of ['lib', 'entrypoints', 'components'].flatMap(sources)) {
  for (const m of readFileSync(file, 'utf8').matchAll(/\bbrowser\.([a-zA-Z][a-zA-Z0-9]*)/g)) used.add(m[1]);
}
for (const api of used) {
  if (!EDGE_APIS.has(api)) problems.push(`browser.${api} is not on Edge's MV3 API list`);
  else if (!NO_PERMISSION.has(api) && ![...(manifest.permissions ?? []), ...(manifest.optional_permissions ?? [])].includes(api)) problems.push(`browser.${api} is used without its permission`);
}
if (problems.length) {
  console.error(problems.map((p) => `✖ ${p}`).join('\n'));
  process.exit(1);
}
console.log(`Edge: manifest keys, permissions (${(manifest.permissions ?? []).join(', ')}) and APIs (${[...used].sort().join(', ')}) are all on Edge's MV3 lists`);
