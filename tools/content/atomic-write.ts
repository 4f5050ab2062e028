// Runs in: Node (tools).
// Writes a file so that readers see either the old or the new bytes, never half a file.
import {
  nodeFs,
  writeFileAtomic as writeFileAtomicWith,
} from '../../electron/main/curator/curator-fs';

export async function writeFileAtomic(path: string, data: string | Buffer): Promise<void> {
  await writeFileAtomicWith(nodeFs, path, data);
}

/** content.json as the tools write it: two-space JSON with a final newline. */
export function serialiseContent(content: unknown): string {
  return `${JSON.stringify(content, null, 2)}\n`;
}
