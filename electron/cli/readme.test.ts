/** The README's CLI section names every command and every enumeration code the CLI prints. */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { commands } from './commands';
import { codeTables, commandName, generalHelp } from './help';

const readme = fs.readFileSync(path.resolve(__dirname, '..', '..', 'README.md'), 'utf8');
const start = readme.indexOf('<!-- cli:start -->');
const end = readme.indexOf('<!-- cli:end -->');
const section = readme.slice(start, end);

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
}

describe('README CLI section', () => {
  it('is there, between its markers', () => {
    expect(start).toBeGreaterThanOrEqual(0);
    expect(end).toBeGreaterThan(start);
  });

  it.each(commands.map((c) => [commandName(c)]))('documents the command %s', (name) => {
    expect(section).toContain(`#### \`${name}\``);
  });

  it.each(
    codeTables.flatMap(({ field, labels }) =>
      Object.entries(labels).map(([code, label]) => [field, code, label]),
    ),
  )('lists %s code %s (%s) in the codes table', (field, code, label) => {
    expect(section).toMatch(new RegExp(`\\| \`${escape(code)}\` +\\| ${escape(label)} +\\|`, 'u'));
    expect(section).toContain(`| \`${field}\``);
  });

  it('the general help prints the same codes and every command', () => {
    const help = generalHelp(commands, '/tmp/x.sqlite3', '0.0.0');
    for (const { labels } of codeTables) {
      for (const [code, label] of Object.entries(labels)) expect(help).toContain(`${code} = ${label}`);
    }
    for (const command of commands) expect(help).toContain(`  ${commandName(command)}  `);
  });
});
