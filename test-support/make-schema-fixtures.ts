/**
 * Writes the committed fixture databases of test-support/fixtures/schema (one per released schema
 * version, with data; see schema-fixtures.ts). Existing files are kept: a released version's
 * fixture is never remade (it stands for databases already in the field). When a release ships a
 * new migration, run
 *
 *   npx tsx test-support/make-schema-fixtures.ts
 *
 * to add the fixture of the new latest version, and commit it. `--force N` remakes version N
 * (only while N is unreleased).
 */
import fs from 'node:fs';
import { latestSchemaVersion } from '../electron/backend/db/migrations';
import { SCHEMA_FIXTURES, schemaFixturePath, writeSchemaFixture } from './schema-fixtures';

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const forced = args[0] === '--force' ? Number(args[1]) : null;
  fs.mkdirSync(SCHEMA_FIXTURES, { recursive: true });
  for (let version = 1; version <= latestSchemaVersion; version += 1) {
    const file = schemaFixturePath(version);
    if (fs.existsSync(file) && version !== forced) continue;
    await writeSchemaFixture(version, file);
    process.stdout.write(`${file} (${fs.statSync(file).size} bytes)\n`);
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exitCode = 1;
});
