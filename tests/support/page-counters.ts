// Runs in: Node (Playwright tests, benchmark). Counts what a long-running page can leak, through the
// DevTools protocol: attached DOM nodes, event listeners (on every attached node, document and
// window, however they were added), live nodes and listeners after a forced garbage collection, and
// the JS heap. Counts only; the caller decides what to assert or report.
import type { CDPSession, Page } from '@playwright/test';

const OBJECT_GROUP = 'page-counters';

/** Two full collections: the second frees what finalizers released in the first. */
export async function collectGarbage(session: CDPSession): Promise<void> {
  await session.send('HeapProfiler.collectGarbage');
  await session.send('HeapProfiler.collectGarbage');
}

/** Every node in the document tree: elements, text and comments. */
export function countAttachedNodes(page: Page): Promise<number> {
  return page.evaluate(() => {
    const walker = document.createTreeWalker(document, NodeFilter.SHOW_ALL);
    let count = 1;
    while (walker.nextNode()) count += 1;
    return count;
  });
}

/**
 * Listeners on window, document and every element in the document, by event type. Asked of the
 * browser itself (DOMDebugger.getEventListeners), so listeners added by any library, React's root
 * delegation and framer-motion's window listeners included, are all counted.
 */
export async function countEventListeners(session: CDPSession): Promise<Record<string, number>> {
  const { result } = await session.send('Runtime.evaluate', {
    expression: '[window, document, ...document.querySelectorAll("*")]',
    objectGroup: OBJECT_GROUP,
  });
  const byType: Record<string, number> = {};
  try {
    if (!result.objectId) throw new Error('could not list the page nodes');
    const { result: properties } = await session.send('Runtime.getProperties', {
      objectId: result.objectId,
      ownProperties: true,
    });
    const targets = properties.filter(
      (property) => /^\d+$/.test(property.name) && property.value?.objectId,
    );
    const answers = await Promise.all(
      targets.map((property) =>
        session.send('DOMDebugger.getEventListeners', { objectId: property.value?.objectId ?? '' }),
      ),
    );
    for (const { listeners } of answers) {
      for (const listener of listeners) byType[listener.type] = (byType[listener.type] ?? 0) + 1;
    }
  } finally {
    await session.send('Runtime.releaseObjectGroup', { objectGroup: OBJECT_GROUP });
  }
  return byType;
}

export function totalListeners(byType: Record<string, number>): number {
  return Object.values(byType).reduce((sum, count) => sum + count, 0);
}

export interface LiveCounters {
  heapUsedBytes: number;
  /** Blink's live node count: detached nodes still reachable from JS are included. */
  liveNodes: number;
  liveJsListeners: number;
}

/** Heap and Blink's own counters; call collectGarbage first for figures that mean anything. */
export async function liveCounters(session: CDPSession): Promise<LiveCounters> {
  const heap = await session.send('Runtime.getHeapUsage');
  const dom = await session.send('Memory.getDOMCounters');
  return {
    heapUsedBytes: heap.usedSize,
    liveNodes: dom.nodes,
    liveJsListeners: dom.jsEventListeners,
  };
}
