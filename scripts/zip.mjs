// `npm run zip`: one package per store, plus the sources package Firefox reviewers ask for, all in .output/:
//   afterfollow-<version>-chrome.zip    Chrome Web Store (the Chromium MV3 build)
//   afterfollow-<version>-edge.zip      Microsoft Edge Add-ons: the same Chromium package, byte for byte
//   afterfollow-<version>-firefox.zip   Firefox Add-ons (the Firefox MV3 build)
//   afterfollow-<version>-sources.zip   the committed tree (git archive of HEAD), to rebuild the Firefox package
// Packages are built from a clean work tree, so that the sources package is exactly what they were built
// from (ALLOW_DIRTY=1 skips that check for a try-out). `npm run zip -- --verify` then rebuilds the
// Firefox package from the sources package in a temporary folder (npm ci, wxt zip) and checks that every
// file in it is identical to the one built here; it needs `unzip`.
import { execFileSync, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { copyFileSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';

const { name, version } = JSON.parse(readFileSync('package.json', 'utf8'));
const out = resolve('.output');
const pkg = (what) => join(out, `${name}-${version}-${what}.zip`);

function run(cmd, args, options = {}) {
  console.log(`▶ ${cmd} ${args.join(' ')}${options.cwd ? `  (in ${options.cwd})` : ''}`);
  const r = spawnSync(cmd, args, { stdio: 'inherit', ...options });
  if (r.status !== 0) {
    console.error(`✖ ${cmd} ${args.join(' ')} failed`);
    process.exit(r.status ?? 1);
  }
}

const dirty = execFileSync('git', ['status', '--porcelain'], { encoding: 'utf8' }).trim();
if (dirty && process.env.ALLOW_DIRTY !== '1') {
  console.error(`The work tree has changes; store packages are built from a committed tree only:\n${dirty}\n(ALLOW_DIRTY=1 to try anyway.)`);
  process.exit(1);
}

run('npx', ['wxt', 'zip']);
copyFileSync(pkg('chrome'), pkg('edge'));
run('npx', ['wxt', 'zip', '-b', 'firefox', '--mv3']);
run('git', ['archive', '--format=zip', `--prefix=${name}-${version}/`, '-o', pkg('sources'), 'HEAD']);

const sha = (file) => createHash('sha256').update(readFileSync(file)).digest('hex');
for (const what of ['chrome', 'edge', 'firefox', 'sources']) {
  const file = pkg(what);
  console.log(`${relative('.', file)}  ${(statSync(file).size / 1024).toFixed(0)} KB  sha256 ${sha(file)}`);
}

if (process.argv.includes('--verify')) {
  const tmp = mkdtempSync(join(tmpdir(), `${name}-sources-`));
  try {
    run('unzip', ['-q', pkg('sources'), '-d', tmp]);
    const src = join(tmp, `${name}-${version}`);
    run('npm', ['ci', '--no-audit', '--no-fund'], { cwd: src, env: { ...process.env, PUPPETEER_SKIP_DOWNLOAD: '1' } });
    run('npx', ['wxt', 'zip', '-b', 'firefox', '--mv3'], { cwd: src });
    const a = join(tmp, 'ours');
    const b = join(tmp, 'rebuilt');
    run('unzip', ['-q', pkg('firefox'), '-d', a]);
    run('unzip', ['-q', join(src, '.output', `${name}-${version}-firefox.zip`), '-d', b]);
    const list = (dir) =>
      readdirSync(dir, { recursive: true })
        .map(String)
        .filter((f) => statSync(join(dir, f)).isFile())
        .sort();
    const ours = list(a);
    const rebuilt = list(b);
    const differ = [...new Set([...ours, ...rebuilt])].filter((f) => !ours.includes(f) || !rebuilt.includes(f) || sha(join(a, f)) !== sha(join(b, f)));
    if (differ.length) {
      console.error(`✖ the Firefox package rebuilt from the sources differs in: ${differ.join(', ')}`);
      process.exit(1);
    }
    console.log(`✔ the Firefox package rebuilt from ${relative('.', pkg('sources'))} is identical (${ours.length} files)`);
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}
