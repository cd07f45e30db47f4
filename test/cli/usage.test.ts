import { describe, expect, it } from 'vitest';
import { USAGE } from '../../src/cli/usage.js';

/** The description of an option in a help text: its line and the indented lines that continue it. */
function optionText(help: string, option: string): string | undefined {
  const lines = help.split('\n');
  const start = lines.findIndex((line) => new RegExp(`^\\s+(-\\w, )?${option} `).test(line));
  if (start < 0) return undefined;
  const end = lines.findIndex((line, index) => index > start && !/^ {30}\S/.test(line));
  return lines.slice(start, end < 0 ? undefined : end).join('\n');
}

describe('the help texts', () => {
  it('say a pack file may be JSON or YAML wherever a policy file is accepted', () => {
    const checked: string[] = [];
    for (const [command, help] of Object.entries(USAGE)) {
      for (const option of ['--policy', '--policies']) {
        const text = optionText(help, option);
        if (text === undefined) continue;
        checked.push(`${command} ${option}`);
        expect(text, `${command} ${option}`).toMatch(/JSON or YAML/);
      }
      // A usage line that names a pack file names both kinds.
      for (const usage of help.match(/--policy <[^>]*>/g) ?? []) expect(usage, command).toMatch(/^--policy <id\|(file|pack\.json\|pack\.yaml)>$/);
    }
    expect(checked.sort()).toEqual(['compare --policies', 'evaluate --policy', 'explain --policy', 'opportunities --policy', 'schema --policy']);
  });

  it('show the short form of --policy for every command that takes it', () => {
    for (const command of ['evaluate', 'opportunities', 'schema', 'explain'] as const) expect(USAGE[command]).toContain('-p, --policy <id|file>');
  });
});
