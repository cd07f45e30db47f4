import { describe, expect, it } from 'vitest';
import { libraryProjectSchema, projectSchema } from '../../src/schema/project.js';

describe('libraryProjectSchema', () => {
  it('is one instance, built on first use and kept, and not the exported projectSchema', () => {
    const first = libraryProjectSchema();
    expect(libraryProjectSchema()).toBe(first);
    expect(first).not.toBe(projectSchema);
  });

  it('reads a project as the exported schema does', () => {
    const project = { name: 'Check', investment: { actual: '250000000.5', infrastructure: '50000000' } };
    const ours = libraryProjectSchema().safeParse(project);
    const exported = projectSchema.safeParse(project);
    expect(ours.success).toBe(true);
    expect(JSON.stringify(ours.data)).toBe(JSON.stringify(exported.data));
    expect(String(ours.data?.investment.actual)).toBe('250000000.5');
  });
});
