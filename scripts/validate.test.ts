import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const run = (file: string) => spawnSync(process.execPath, ['scripts/validate.mjs', file], { encoding: 'utf8' });

describe('npm run validate', () => {
  it('accepts the shipped dataset and exits 0', () => {
    const r = run('data/roadmap.json');
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/is a valid dataset: 5 levels, 7 initiatives, \d+ milestones/);
  }, 30_000);

  it('prints every problem with its JSON path and exits non-zero', () => {
    const dir = mkdtempSync(join(tmpdir(), 'validate-'));
    const file = join(dir, 'bad.json');
    writeFileSync(file, JSON.stringify({ meta: {}, levels: [], milestones: [{ date: '2025-02-30' }] }));
    const r = run(file);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('meta.title: Invalid input: expected string, received undefined');
    expect(r.stderr).toContain('milestones[0].date: "2025-02-30" is not a real calendar date');
    expect(r.stderr).toMatch(/\d+ problems\./);
    writeFileSync(file, '{"meta": ');
    const broken = run(file);
    expect(broken.status).toBe(1);
    expect(broken.stderr).toContain('is not valid JSON');
  }, 30_000);

  it('takes a CSV sheet, naming each problem by row and column', () => {
    const dir = mkdtempSync(join(tmpdir(), 'validate-'));
    const file = join(dir, 'sheet.csv');
    writeFileSync(file, 'date,title,lane\n2024-01,One,A\n2024-02-30,Two,A\n');
    const r = run(file);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('row 3 (two), column date: "2024-02-30" is not a real calendar date');
    writeFileSync(file, 'date,title,lane\n2024-01,One,A\n');
    expect(run(file).stdout).toContain('is a valid dataset: 0 levels, 1 initiatives, 1 milestones');
  }, 30_000);
});
