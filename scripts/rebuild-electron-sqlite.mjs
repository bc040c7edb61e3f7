#!/usr/bin/env node
/**
 * Builds better-sqlite3 for Electron's ABI into .native/electron/better_sqlite3.node, from a
 * temporary copy of the package: node_modules keeps the Node build that tests, the CLI and the
 * web preview load, and `npm start` loads this one through the `nativeBinding` option.
 *
 * Needs the network (a prebuilt binary, or Electron's headers for a compile). Usage:
 *   npm run rebuild:electron
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export const TARGET = path.join('.native', 'electron', 'better_sqlite3.node');
const BUILT = path.join('build', 'Release', 'better_sqlite3.node');
const HEADERS_URL = 'https://electronjs.org/headers';

export class RebuildError extends Error {
  constructor(vi, en) {
    super(`${vi}\n${en}`);
    this.name = 'RebuildError';
  }
}

/** Electron's version and ABI (NODE_MODULE_VERSION), from the installed electron package. */
export function electronTarget(root) {
  const dir = path.join(root, 'node_modules', 'electron');
  let version;
  try {
    version = JSON.parse(fs.readFileSync(path.join(dir, 'package.json'), 'utf8')).version;
  } catch {
    throw new RebuildError(
      'Không tìm thấy gói electron trong node_modules. Hãy chạy "npm install" trước.',
      'The electron package is not in node_modules. Run "npm install" first.',
    );
  }
  const abiFile = path.join(dir, 'abi_version');
  const abi = fs.existsSync(abiFile) ? fs.readFileSync(abiFile, 'utf8').trim() : null;
  return { version, abi };
}

/**
 * The environment for the builders. `nodedir` (set in some ~/.npmrc) would make node-gyp
 * compile against Node's headers and report success with a Node-ABI binary: drop it.
 */
export function builderEnv(env, version) {
  const clean = {};
  for (const [key, value] of Object.entries(env)) {
    if (/^npm_config_nodedir$/iu.test(key)) continue;
    clean[key] = value;
  }
  return {
    ...clean,
    npm_config_runtime: 'electron',
    npm_config_target: version,
    npm_config_disturl: HEADERS_URL,
  };
}

/** node-gyp entry points to try: the project's, then the copy bundled with npm. */
export function nodeGypCandidates(root, execPath = process.execPath, env = process.env) {
  const npmDirs = [];
  if (env.npm_execpath) npmDirs.push(path.resolve(path.dirname(env.npm_execpath), '..'));
  npmDirs.push(path.resolve(path.dirname(execPath), '..', 'lib', 'node_modules', 'npm'));
  npmDirs.push(path.resolve(path.dirname(execPath), 'node_modules', 'npm'));
  return [
    path.join(root, 'node_modules', 'node-gyp', 'bin', 'node-gyp.js'),
    ...npmDirs.map((dir) => path.join(dir, 'node_modules', 'node-gyp', 'bin', 'node-gyp.js')),
  ].filter((file, index, all) => all.indexOf(file) === index);
}

/**
 * What loading `file` in this Node says about it. A build for Electron is refused by Node with
 * "NODE_MODULE_VERSION <Electron's ABI>"; one that loads here was built for Node by mistake.
 */
export function classifyLoad(result, expectedAbi) {
  if (result.loaded) {
    return { ok: false, reason: `built for Node (NODE_MODULE_VERSION ${process.versions.modules})` };
  }
  const message = result.message ?? '';
  if (expectedAbi && new RegExp(`NODE_MODULE_VERSION ${expectedAbi}\\b`, 'u').test(message)) {
    return { ok: true, reason: `NODE_MODULE_VERSION ${expectedAbi}` };
  }
  return { ok: true, reason: `not checked: ${message.split('\n')[0]}` };
}

export function tryLoadInNode(file) {
  const probe = spawnSync(
    process.execPath,
    [
      '-e',
      'try { process.dlopen({ exports: {} }, process.argv[1]); console.log("LOADED") } catch (e) { console.log(e.message) }',
      file,
    ],
    { encoding: 'utf8' },
  );
  const out = `${probe.stdout ?? ''}`.trim();
  return out === 'LOADED' ? { loaded: true } : { loaded: false, message: out };
}

function defaultRun(command, args, options) {
  const result = spawnSync(command, args, { stdio: 'inherit', ...options });
  return { status: result.status, error: result.error };
}

function copyPackage(from, to) {
  // Without build/: a Node binary left there must never pass for the Electron one.
  fs.cpSync(from, to, {
    recursive: true,
    filter: (src) => path.relative(from, src).split(path.sep)[0] !== 'build',
  });
}

/**
 * The whole rebuild. `run` and `checkLoad` are injectable so the flow can be tested without a
 * network or a compiler.
 */
export function rebuild({
  root,
  run = defaultRun,
  checkLoad = tryLoadInNode,
  log = (line) => console.log(line),
  env = process.env,
}) {
  const { version, abi } = electronTarget(root);
  const source = path.join(root, 'node_modules', 'better-sqlite3');
  if (!fs.existsSync(path.join(source, 'package.json'))) {
    throw new RebuildError(
      'Không tìm thấy gói better-sqlite3 trong node_modules. Hãy chạy "npm install" trước.',
      'better-sqlite3 is not in node_modules. Run "npm install" first.',
    );
  }

  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'to-cnscd-electron-sqlite-'));
  const pkg = path.join(work, 'better-sqlite3');
  try {
    copyPackage(source, pkg);
    const builtFile = path.join(pkg, BUILT);
    const options = { cwd: pkg, env: builderEnv(env, version) };
    const tried = [];

    log(
      `Đang dựng better-sqlite3 cho Electron ${version} / Building better-sqlite3 for Electron ${version}…`,
    );
    const localPrebuild = path.join(root, 'node_modules', 'prebuild-install', 'bin.js');
    const prebuildArgs = [
      '--runtime',
      'electron',
      '--target',
      version,
      '--arch',
      process.arch,
      '--platform',
      process.platform,
      '--verbose',
    ];
    const prebuild = fs.existsSync(localPrebuild)
      ? run(process.execPath, [localPrebuild, ...prebuildArgs], { ...options, timeout: 180_000 })
      : run('npx', ['--yes', 'prebuild-install', ...prebuildArgs], {
          ...options,
          timeout: 180_000,
          shell: process.platform === 'win32',
        });
    tried.push(`prebuild-install: ${prebuild.status === 0 && fs.existsSync(builtFile) ? 'ok' : 'failed'}`);

    if (!(prebuild.status === 0 && fs.existsSync(builtFile))) {
      log(
        'Không tải được bản dựng sẵn; thử biên dịch bằng node-gyp / No prebuilt binary; compiling with node-gyp…',
      );
      fs.rmSync(path.join(pkg, 'build'), { recursive: true, force: true });
      const gypArgs = [
        'rebuild',
        '--release',
        '--runtime=electron',
        `--target=${version}`,
        `--dist-url=${HEADERS_URL}`,
        `--arch=${process.arch}`,
      ];
      const gyp = nodeGypCandidates(root, process.execPath, env).find((file) => fs.existsSync(file));
      const compiled = gyp
        ? run(process.execPath, [gyp, ...gypArgs], { ...options, timeout: 900_000 })
        : run('npx', ['--yes', 'node-gyp', ...gypArgs], {
            ...options,
            timeout: 900_000,
            shell: process.platform === 'win32',
          });
      tried.push(
        `node-gyp (${gyp ?? 'npx'}): ${compiled.status === 0 && fs.existsSync(builtFile) ? 'ok' : 'failed'}`,
      );
    }

    if (!fs.existsSync(builtFile)) {
      throw new RebuildError(
        `Không dựng được better-sqlite3 cho Electron ${version} (${tried.join('; ')}). ` +
          'Cần mạng Internet để tải bản dựng sẵn hoặc tệp header của Electron, và bộ biên dịch C++ ' +
          '(Windows: Visual Studio Build Tools; Linux: build-essential, python3). Hãy kiểm tra rồi chạy lại "npm run rebuild:electron".',
        `Could not build better-sqlite3 for Electron ${version} (${tried.join('; ')}). ` +
          "This needs network access (a prebuilt binary or Electron's headers) and a C++ toolchain " +
          '(Windows: Visual Studio Build Tools; Linux: build-essential, python3). Check them and run "npm run rebuild:electron" again.',
      );
    }

    const verdict = classifyLoad(checkLoad(builtFile), abi);
    if (!verdict.ok) {
      throw new RebuildError(
        `Tệp dựng ra không phải cho Electron mà cho Node (${verdict.reason}). Hãy bỏ dòng "nodedir" trong ~/.npmrc rồi chạy lại.`,
        `The result was built for Node, not Electron (${verdict.reason}). Remove "nodedir" from ~/.npmrc and run again.`,
      );
    }

    const target = path.join(root, TARGET);
    fs.mkdirSync(path.dirname(target), { recursive: true });
    // Copy then rename, so that a half-written file is never loaded.
    fs.copyFileSync(builtFile, `${target}.partial`);
    fs.renameSync(`${target}.partial`, target);
    if (!fs.existsSync(target)) {
      throw new RebuildError(`Không ghi được ${target}.`, `Could not write ${target}.`);
    }
    fs.writeFileSync(
      path.join(path.dirname(target), 'build-info.json'),
      `${JSON.stringify({ electron: version, abi, platform: process.platform, arch: process.arch, check: verdict.reason }, null, 2)}\n`,
    );
    log(`Xong: ${target} / Done: ${target}`);
    return target;
  } finally {
    fs.rmSync(work, { recursive: true, force: true });
  }
}

const invokedDirectly =
  process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href;
if (invokedDirectly) {
  const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
  try {
    rebuild({ root });
  } catch (error) {
    console.error(`\n${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
  }
}
