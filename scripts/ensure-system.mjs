#!/usr/bin/env node
// Makes sure the system packages the tests need are present: Chromium (end-to-end tests through
// the web preview), LibreOffice, poppler-utils and Liberation fonts (document rendering checks).
// Installs them with apt-get when it can (root on Debian/Ubuntu); otherwise stops at once,
// printing the exact line to run.
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';

const packages = [
  { name: 'chromium', present: () => fs.existsSync(process.env.CHROMIUM_PATH ?? '/usr/bin/chromium') },
  { name: 'poppler-utils', present: () => has('pdftoppm') && has('pdftotext') },
  { name: 'libreoffice-writer-nogui', present: () => has('soffice') },
  // Calc converts old .xls sheets; without it soffice cannot load a spreadsheet at all.
  { name: 'libreoffice-calc-nogui', present: () => fs.existsSync('/usr/lib/libreoffice/program/libsclo.so') },
  // fonts-liberation (v1) lacks Vietnamese glyphs such as ế, ệ; version 2 stands in for Times New Roman.
  {
    name: 'fonts-liberation2',
    present: () => fs.existsSync('/usr/share/fonts/truetype/liberation2/LiberationSerif-Regular.ttf'),
  },
  { name: 'python3-docx', present: () => fs.existsSync('/usr/lib/python3/dist-packages/docx') },
];

function has(command) {
  return spawnSync('sh', ['-c', `command -v ${command}`], { stdio: 'ignore' }).status === 0;
}

if (process.platform !== 'linux') {
  console.log(
    'ensure-system: không phải Linux, bỏ qua việc kiểm tra gói hệ thống (đặt CHROMIUM_PATH nếu cần).',
  );
  process.exit(0);
}

const missing = packages.filter((p) => !p.present()).map((p) => p.name);
if (missing.length === 0) process.exit(0);

const line = `apt-get -qq update && apt-get install -y -qq --no-install-recommends ${missing.join(' ')}`;
const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
if (!isRoot || !has('apt-get')) {
  console.error(`Thiếu gói hệ thống cho bộ kiểm thử: ${missing.join(', ')}.`);
  console.error(`Hãy chạy (với quyền root):\n  sudo ${line}`);
  console.error(`Missing system packages for the tests. Run:\n  sudo ${line}`);
  process.exit(1);
}
console.error(`ensure-system: đang cài ${missing.join(', ')} …`);
execFileSync('sh', ['-c', line], {
  stdio: ['ignore', 'inherit', 'inherit'],
  env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
});
const still = packages.filter((p) => !p.present()).map((p) => p.name);
if (still.length > 0) {
  console.error(`Cài xong nhưng vẫn thiếu: ${still.join(', ')}. Hãy kiểm tra lại: ${line}`);
  process.exit(1);
}
