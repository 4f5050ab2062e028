// Runs in: Node (vitest). The crash history survives a relaunch, and a broken file never stops healing.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createHistoryFile } from '../../../electron/main/healing/history-file';

let directory: string;
beforeEach(() => {
  directory = fs.mkdtempSync(path.join(os.tmpdir(), 'crash-history-'));
});
afterEach(() => fs.rmSync(directory, { recursive: true, force: true }));

describe('createHistoryFile', () => {
  it('reads back what an earlier process saved', () => {
    const file = path.join(directory, 'nested', 'crash-history.json');
    createHistoryFile(file).save({ crashes: [1, 2], relaunches: [3] });
    expect(createHistoryFile(file).load()).toEqual({ crashes: [1, 2], relaunches: [3] });
  });

  it('starts empty when the file is missing or damaged', () => {
    const file = path.join(directory, 'crash-history.json');
    expect(createHistoryFile(file).load()).toEqual({ crashes: [], relaunches: [] });
    fs.writeFileSync(file, '{"crashes": [1,');
    expect(createHistoryFile(file).load()).toEqual({ crashes: [], relaunches: [] });
  });

  it('does not throw when the folder cannot be written', () => {
    const blocker = path.join(directory, 'a-file');
    fs.writeFileSync(blocker, '');
    const store = createHistoryFile(path.join(blocker, 'crash-history.json'));
    expect(() => store.save({ crashes: [1], relaunches: [] })).not.toThrow();
    expect(store.load()).toEqual({ crashes: [], relaunches: [] });
  });
});
