// Runs in: Node (vitest). The 4K portrait is rendered in the background after the photo comes and
// after each focal point, so Publish finds it done: Publish uses it, waits for one under way rather
// than starting another, renders again one that failed, and the render is for the newest point.
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import type { FocalPoint } from '../../../common/content-schema';
import type * as RenderVariants from '../../../electron/main/images/render-variants';
import type { StudioFixture } from './support/studio';
import { saveEdited, studioFixtures } from './support/studio';

/** Every 4K render the studio starts, held at a gate the test opens, or failed on purpose. */
const renders = vi.hoisted(() => ({
  focalPoints: [] as { x: number; y: number }[],
  gate: null as Promise<void> | null,
  failNext: false,
}));

vi.mock('../../../electron/main/images/render-variants', async (importOriginal) => {
  const actual = await importOriginal<typeof RenderVariants>();
  return {
    ...actual,
    renderCropFromSource: async (...args: Parameters<typeof actual.renderCropFromSource>) => {
      renders.focalPoints.push(args[3]);
      if (renders.gate) await renders.gate;
      if (renders.failNext) {
        renders.failNext = false;
        throw new Error('the render failed');
      }
      return actual.renderCropFromSource(...args);
    },
  };
});

const studioFixture = studioFixtures();

function closeGate(): () => void {
  let open = (): void => undefined;
  renders.gate = new Promise((resolve) => {
    open = resolve;
  });
  return () => {
    renders.gate = null;
    open();
  };
}

async function rendered4k(fixture: StudioFixture): Promise<string[]> {
  const names = await readdir(join(fixture.workDir, 'media', 'assets', 'studio'));
  return names.filter((name) => name.endsWith('-portrait-4k.webp')).sort();
}

async function publish(fixture: StudioFixture, revision: number) {
  const result = await fixture.studio.handlers['curator:publish']({ baseRevision: revision });
  if (!result.ok) throw new Error(`publish refused: ${result.reason}`);
  const content = JSON.parse(await readFile(join(fixture.targetDir, 'content.json'), 'utf8')) as {
    heroes: { photo: { portrait4k?: string } }[];
  };
  return content.heroes[1]?.photo;
}

describe('the 4K portrait in the background', () => {
  it('is ready after the import, and Publish uses it without rendering again', async () => {
    renders.focalPoints = [];
    const fixture = await studioFixture();
    const revision = await saveEdited(fixture, () => undefined, true);
    await fixture.studio.rendersSettled();
    const [ready] = await rendered4k(fixture);
    expect(ready).toBeDefined();
    expect(renders.focalPoints).toEqual([{ x: 0.5, y: 0.4 }]);

    const published = await publish(fixture, revision);
    expect(renders.focalPoints).toHaveLength(1);
    expect(published?.portrait4k).toBe(`assets/studio/${ready}`);
  }, 120_000);

  it('Publish waits for the render under way instead of starting another', async () => {
    renders.focalPoints = [];
    const open = closeGate();
    const fixture = await studioFixture();
    const revision = await saveEdited(fixture, () => undefined, true);
    let done = false;
    const publishing = publish(fixture, revision).then((photo) => {
      done = true;
      return photo;
    });
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(done).toBe(false);
    open();
    const published = await publishing;
    expect(renders.focalPoints).toHaveLength(1);
    expect(published?.portrait4k).toMatch(/-portrait-4k\.webp$/);
  }, 120_000);

  it('after the focal point moves several times, only the newest point is rendered', async () => {
    renders.focalPoints = [];
    const open = closeGate();
    const fixture = await studioFixture();
    await saveEdited(fixture, () => undefined, true);
    const opened = await fixture.studio.handlers['curator:open'](undefined);
    const original = opened.workingCopy.content.heroes[1]?.photo.original;
    if (!original) throw new Error('no original');
    const moves: FocalPoint[] = [
      { x: 0.2, y: 0.3 },
      { x: 0.6, y: 0.5 },
      { x: 0.8, y: 0.2 },
    ];
    for (const focalPoint of moves) {
      const moved = await fixture.studio.handlers['curator:set-focal-point']({
        originalId: original.id,
        focalPoint,
      });
      expect(moved.ok).toBe(true);
    }
    open();
    await fixture.studio.rendersSettled();
    // The import's render was under way; of the three moves only the last was still worth doing.
    expect(renders.focalPoints).toEqual([{ x: 0.5, y: 0.4 }, moves[2]]);
    expect(await rendered4k(fixture)).toHaveLength(2);
  }, 120_000);

  it('a background render that failed is rendered again by Publish', async () => {
    renders.focalPoints = [];
    renders.failNext = true;
    const fixture = await studioFixture();
    const revision = await saveEdited(fixture, () => undefined, true);
    await fixture.studio.rendersSettled();
    expect(await rendered4k(fixture)).toEqual([]);
    const published = await publish(fixture, revision);
    expect(renders.focalPoints).toHaveLength(2);
    expect(published?.portrait4k).toMatch(/-portrait-4k\.webp$/);
  }, 120_000);
});
