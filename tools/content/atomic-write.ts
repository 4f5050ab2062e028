// Runs in: Node (tools).
// Writes a file so that readers see either the old or the new bytes, never half a file.
import { randomBytes } from 'node:crypto';
import { rename, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

export async function writeFileAtomic(path: string, data: string | Buffer): Promise<void> {
  const temporary = join(dirname(path), `.${basename(path)}.${randomBytes(6).toString('hex')}.tmp`);
  try {
    await writeFile(temporary, data);
    await rename(temporary, path);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
}

/** content.json as the tools write it: two-space JSON with a final newline. */
export function serialiseContent(content: unknown): string {
  return `${JSON.stringify(content, null, 2)}\n`;
}
