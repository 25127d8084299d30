// OpenAPI names a body's schema after its class, and @nestjs/swagger keeps one schema per name:
// two DTO classes with the same name make one of them document the other's body (the deadline
// calculator's `extension` once showed the extension step's fields). Each DTO name is unique.
import { describe, expect, it } from '@jest/globals';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sources(path);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.spec.ts') ? [path] : [];
  });
}

describe('DTO class names', () => {
  it('should be unique across the API, so that every OpenAPI schema is its own body', () => {
    const names = sources(join(process.cwd(), 'apps/api/src')).flatMap((file) =>
      [...readFileSync(file, 'utf8').matchAll(/\bclass (\w+Dto)\b/g)].map((m) => m[1]),
    );
    expect(names.length).toBeGreaterThan(20);
    const twice = names.filter((name, i) => names.indexOf(name) !== i);
    expect(twice).toEqual([]);
  });
});
