// Runs in: Node (tests). The statistics log survives a power cut at any byte and rotates by size.
import { readFileSync } from 'node:fs';
import { mkdtemp, readFile, readdir, rm, truncate, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { silentLogger } from '../../../electron/main/log/logger';
import { statsFileName } from '../../../electron/main/stats/stats-files';
import { readStatsRecords } from '../../../electron/main/stats/stats-reader';
import type { StatsRecord } from '../../../electron/main/stats/stats-record';
import { formatStatsLine } from '../../../electron/main/stats/stats-record';
import { createStatsWriter } from '../../../electron/main/stats/stats-writer';

const SAMPLE: StatsRecord[] = [
  { t: 1_648_792_800_000, type: 'session-start' },
  { t: 1_648_792_801_000, type: 'language', language: 'kk' },
  { t: 1_648_792_802_500, type: 'hero-view', heroId: 'yeldar-grebnev' },
  { t: 1_648_792_810_000, type: 'story-open', heroId: 'yeldar-grebnev' },
  { t: 1_648_792_990_000, type: 'session-end', durationSeconds: 130, reason: 'idle-reset' },
];
const EXTRA: StatsRecord = { t: 1_648_800_000_000, type: 'hero-view', heroId: 'daniil-kim' };

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'stats-log-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('statistics writer and reader', () => {
  it('writes records as JSON lines and reads them back', async () => {
    const writer = createStatsWriter({ dir, log: silentLogger });
    for (const record of SAMPLE) writer.append(record);
    await writer.close();
    expect(await readStatsRecords(dir)).toEqual(SAMPLE);
    const text = await readFile(join(dir, statsFileName(1)), 'utf8');
    expect(text.split('\n')).toHaveLength(SAMPLE.length + 1);
  });

  it('keeps every complete record, skips the torn line and appends after it, cut at EVERY byte', async () => {
    const sample = SAMPLE.map(formatStatsLine).join('');
    const path = join(dir, statsFileName(1));
    // Where each record's line ends, so we know which records are complete before a cut.
    const lineEnds: number[] = [];
    let offset = 0;
    for (const record of SAMPLE) {
      offset += Buffer.byteLength(formatStatsLine(record));
      lineEnds.push(offset);
    }
    for (let cut = 0; cut <= sample.length; cut += 1) {
      await writeFile(path, sample);
      await truncate(path, cut);
      // A record is complete once all its bytes are there (its newline may be the byte that was lost).
      const complete = SAMPLE.filter((_, index) => (lineEnds[index] ?? 0) - 1 <= cut);
      expect(await readStatsRecords(dir), `cut at ${cut}`).toEqual(complete);

      const writer = createStatsWriter({ dir, log: silentLogger });
      writer.append(EXTRA);
      await writer.close();
      expect(await readStatsRecords(dir), `append after cut at ${cut}`).toEqual([
        ...complete,
        EXTRA,
      ]);
    }
  });

  it('skips garbage lines, unknown events and NUL padding left by a crashed file system', async () => {
    const path = join(dir, statsFileName(1));
    await writeFile(
      path,
      [
        formatStatsLine(SAMPLE[0] as StatsRecord),
        'not json\n',
        '{"t":1,"type":"photo"}\n',
        '{"type":"session-start"}\n',
        '\0\0\0\0',
      ].join(''),
    );
    const writer = createStatsWriter({ dir, log: silentLogger });
    writer.append(EXTRA);
    await writer.close();
    expect(await readStatsRecords(dir)).toEqual([SAMPLE[0], EXTRA]);
  });

  it('rotates to a new numbered file by size and reads all files in order', async () => {
    const lineBytes = Buffer.byteLength(formatStatsLine(EXTRA));
    const writer = createStatsWriter({
      dir,
      log: silentLogger,
      maxFileBytes: lineBytes * 3,
      batchSize: 1,
    });
    const records = Array.from({ length: 10 }, (_, index) => ({ ...EXTRA, t: EXTRA.t + index }));
    for (const record of records) {
      writer.append(record);
      await writer.flush();
    }
    await writer.close();
    const files = (await readdir(dir)).sort();
    expect(files).toEqual([1, 2, 3, 4].map(statsFileName));
    for (const file of files.slice(0, -1)) {
      expect((await readFile(join(dir, file))).byteLength).toBe(lineBytes * 3);
    }
    expect(await readStatsRecords(dir)).toEqual(records);
    // A writer started later carries on in the newest file.
    const later = createStatsWriter({ dir, log: silentLogger, maxFileBytes: lineBytes * 3 });
    later.append({ ...EXTRA, t: 1 });
    await later.close();
    expect((await readStatsRecords(dir)).at(-1)).toEqual({ ...EXTRA, t: 1 });
    expect(await readdir(dir)).toHaveLength(4);
  });

  it('close() has written everything before it returns, for a quit that does not wait', () => {
    const writer = createStatsWriter({ dir, log: silentLogger, flushDelayMs: 60_000 });
    for (const record of SAMPLE) writer.append(record);
    void writer.close();
    const text = readFileSync(join(dir, statsFileName(1)), 'utf8');
    expect(text).toBe(SAMPLE.map(formatStatsLine).join(''));
  });

  it('writes pending records in one batch once the batch is full', async () => {
    const writer = createStatsWriter({
      dir,
      log: silentLogger,
      batchSize: 3,
      flushDelayMs: 60_000,
    });
    writer.append(SAMPLE[0] as StatsRecord);
    writer.append(SAMPLE[1] as StatsRecord);
    expect(await readStatsRecords(dir)).toEqual([]);
    writer.append(SAMPLE[2] as StatsRecord);
    await writer.flush();
    expect(await readStatsRecords(dir)).toEqual(SAMPLE.slice(0, 3));
    await writer.close();
  });
});
