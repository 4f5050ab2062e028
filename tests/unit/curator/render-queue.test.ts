// Runs in: Node (vitest). The studio's background renders (the 4K portraits): one at a time, the
// newest focal point wins over one still waiting, and Publish joins a render of the same file
// instead of starting another, or tries a failed one again.
import { describe, expect, it } from 'vitest';
import { createRenderQueue } from '../../../electron/main/curator/render-queue';

/** A render the test finishes by hand, recording when it started. */
function manualRenders() {
  const started: string[] = [];
  const finishers = new Map<string, { resolve(): void; reject(error: Error): void }>();
  return {
    started,
    render: (key: string) => () => {
      started.push(key);
      return new Promise<void>((resolve, reject) => finishers.set(key, { resolve, reject }));
    },
    async finish(key: string, error?: Error): Promise<void> {
      const finisher = finishers.get(key);
      if (!finisher) throw new Error(`${key} has not started`);
      finishers.delete(key);
      if (error) finisher.reject(error);
      else finisher.resolve();
      // Let the queue start the next one.
      await new Promise((resolve) => setImmediate(resolve));
    },
  };
}

const settle = () => new Promise((resolve) => setImmediate(resolve));

describe('background render queue', () => {
  it('renders one at a time, and a newer request replaces one still waiting', async () => {
    const queue = createRenderQueue();
    const renders = manualRenders();
    queue.schedule('focal-a', renders.render('focal-a'));
    queue.schedule('focal-b', renders.render('focal-b'));
    queue.schedule('focal-c', renders.render('focal-c'));
    await settle();
    expect(renders.started).toEqual(['focal-a']);
    await renders.finish('focal-a');
    // b was only waiting when c came: the curator's newest point is the one rendered.
    expect(renders.started).toEqual(['focal-a', 'focal-c']);
    await renders.finish('focal-c');
    await queue.settled();
    expect(renders.started).toEqual(['focal-a', 'focal-c']);
  });

  it('the same file asked again while it renders is not rendered twice', async () => {
    const queue = createRenderQueue();
    const renders = manualRenders();
    queue.schedule('focal-a', renders.render('focal-a'));
    queue.schedule('focal-a', renders.render('focal-a'));
    await settle();
    await renders.finish('focal-a');
    await queue.settled();
    expect(renders.started).toEqual(['focal-a']);
  });

  it('Publish waits for the render of its file under way instead of starting another', async () => {
    const queue = createRenderQueue();
    const renders = manualRenders();
    queue.schedule('focal-a', renders.render('focal-a'));
    await settle();
    let published = false;
    const publishing = queue.renderNow('focal-a', renders.render('publish')).then(() => {
      published = true;
    });
    await settle();
    expect(published).toBe(false);
    await renders.finish('focal-a');
    await publishing;
    expect(renders.started).toEqual(['focal-a']);
  });

  it('Publish takes over a waiting render of its file: a newer background request does not drop it', async () => {
    const queue = createRenderQueue();
    const renders = manualRenders();
    queue.schedule('other', renders.render('other'));
    queue.schedule('focal-a', renders.render('focal-a'));
    const publishing = queue.renderNow('focal-a', renders.render('publish'));
    queue.schedule('focal-b', renders.render('focal-b'));
    await settle();
    await renders.finish('other');
    expect(renders.started).toEqual(['other', 'focal-a']);
    await renders.finish('focal-a');
    await publishing;
    await renders.finish('focal-b');
    expect(renders.started).toEqual(['other', 'focal-a', 'focal-b']);
  });

  it("Publish's render goes before a waiting background one", async () => {
    const queue = createRenderQueue();
    const renders = manualRenders();
    queue.schedule('running', renders.render('running'));
    queue.schedule('waiting', renders.render('waiting'));
    const publishing = queue.renderNow('published', renders.render('published'));
    await settle();
    await renders.finish('running');
    expect(renders.started).toEqual(['running', 'published']);
    await renders.finish('published');
    await publishing;
    await renders.finish('waiting');
    await queue.settled();
  });

  it('a background render that failed is tried again by Publish; a failure at Publish reaches it', async () => {
    const queue = createRenderQueue();
    const renders = manualRenders();
    queue.schedule('focal-a', renders.render('focal-a'));
    await settle();
    const publishing = queue.renderNow('focal-a', renders.render('again'));
    await renders.finish('focal-a', new Error('disk hiccup'));
    expect(renders.started).toEqual(['focal-a', 'again']);
    await renders.finish('again');
    await publishing;

    const failing = queue.renderNow('focal-b', renders.render('focal-b'));
    const refused = expect(failing).rejects.toThrow('no space');
    await settle();
    await renders.finish('focal-b', new Error('no space'));
    await refused;
    await queue.settled();
  });
});
