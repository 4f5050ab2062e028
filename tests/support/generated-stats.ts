// Runs in: tests (Node). Deterministic visitor statistics for several kiosks over the exhibition's
// 14 days (1 to 14 April 2022, local time): thousands of events with busy afternoons and weekends,
// the same every run (a seeded generator), with hero ids from the bundled content.json.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { StatsRecord } from '../../electron/main/stats/stats-record';
import { seededRandom } from './interaction-plan';

interface ContentHeroes {
  heroes: { id: string; name: { en: string } }[];
}

const content = JSON.parse(
  readFileSync(fileURLToPath(new URL('../../content.json', import.meta.url)), 'utf8'),
) as ContentHeroes;

export const GENERATED_HERO_NAMES = new Map(content.heroes.map((hero) => [hero.id, hero.name.en]));
const HERO_IDS = content.heroes.map((hero) => hero.id);

/** Relative visitors per opening hour, 10:00 to 21:00: a lunch bump and an evening peak. */
const HOUR_WEIGHTS = [3, 4, 6, 7, 6, 6, 7, 9, 10, 9, 6, 3];
const OPENING_HOUR = 10;

export interface GeneratedKiosk {
  seed: number;
  /** Average sessions on a weekday; weekends get half as many again. */
  sessionsPerDay: number;
  days?: number;
}

function pickHour(random: () => number): number {
  const total = HOUR_WEIGHTS.reduce((sum, weight) => sum + weight, 0);
  let draw = random() * total;
  for (const [index, weight] of HOUR_WEIGHTS.entries()) {
    draw -= weight;
    if (draw < 0) return OPENING_HOUR + index;
  }
  return OPENING_HOUR;
}

/** One kiosk's records, in time order, as its statistics log would hold them. */
export function generateKioskRecords(kiosk: GeneratedKiosk): StatsRecord[] {
  const random = seededRandom(kiosk.seed);
  const records: StatsRecord[] = [];
  const popularity = HERO_IDS.map(() => 0.3 + random() * 1.7);
  const popularitySum = popularity.reduce((sum, value) => sum + value, 0);
  const pickHero = (): string => {
    let draw = random() * popularitySum;
    for (const [index, weight] of popularity.entries()) {
      draw -= weight;
      if (draw < 0) return HERO_IDS[index] ?? 'unknown';
    }
    return HERO_IDS[0] ?? 'unknown';
  };
  for (let day = 1; day <= (kiosk.days ?? 14); day += 1) {
    const weekday = new Date(2022, 3, day).getDay();
    const weekend = weekday === 0 || weekday === 6;
    const sessions = Math.round(
      kiosk.sessionsPerDay * (weekend ? 1.5 : 1) * (0.8 + random() * 0.4),
    );
    const starts = Array.from({ length: sessions }, () =>
      new Date(
        2022,
        3,
        day,
        pickHour(random),
        Math.floor(random() * 60),
        Math.floor(random() * 60),
      ).getTime(),
    ).sort((a, b) => a - b);
    for (const start of starts) {
      let t = start;
      const step = () => (t += 2000 + Math.floor(random() * 20_000));
      records.push({ t, type: 'session-start' });
      if (random() < 0.6) {
        const draw = random();
        records.push({
          t: step(),
          type: 'language',
          language: draw < 0.45 ? 'ru' : draw < 0.85 ? 'kk' : 'en',
        });
      }
      const views = 1 + Math.floor(random() * 9);
      for (let view = 0; view < views; view += 1) {
        const heroId = pickHero();
        records.push({ t: step(), type: 'hero-view', heroId });
        if (random() < 0.25) records.push({ t: step(), type: 'story-open', heroId });
      }
      const durationSeconds = Math.round((t - start) / 100) / 10;
      records.push({
        t: step(),
        type: 'session-end',
        durationSeconds,
        reason: random() < 0.93 ? 'idle-reset' : 'staff',
      });
    }
  }
  return records;
}

/** The three kiosks of the report tests: a busy entrance, a quieter corner and a children's area. */
export const THREE_KIOSKS = [
  { id: '6f1c2a9e-0d4b-4c55-9a51-1a2b3c4d5e01', name: 'Entrance', seed: 11, sessionsPerDay: 90 },
  { id: '6f1c2a9e-0d4b-4c55-9a51-1a2b3c4d5e02', name: 'Food court', seed: 22, sessionsPerDay: 45 },
  { id: '6f1c2a9e-0d4b-4c55-9a51-1a2b3c4d5e03', name: 'Kids area', seed: 33, sessionsPerDay: 60 },
] as const;
