// Runs in: main process (also the tools and the web preview). Writes a text file and flushes it to
// the disk before returning, so a pack or an export on a USB stick pulled right after is whole.
import { open } from 'node:fs/promises';

export async function writeDurably(path: string, text: string): Promise<void> {
  const handle = await open(path, 'w');
  try {
    await handle.writeFile(text, 'utf8');
    await handle.sync();
  } finally {
    await handle.close();
  }
}
