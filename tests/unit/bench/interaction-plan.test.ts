import { describe, expect, it } from 'vitest';
import { countByKind, planInteractions } from '../../support/interaction-plan';

describe('planInteractions', () => {
  it('gives the same plan for the same seed and another for another seed', () => {
    expect(planInteractions(50, 7)).toEqual(planInteractions(50, 7));
    expect(planInteractions(50, 7)).not.toEqual(planInteractions(50, 8));
  });

  it('mixes every kind of interaction, swipes most', () => {
    const counts = countByKind(planInteractions(2000, 1));
    for (const count of Object.values(counts)) expect(count).toBeGreaterThan(0);
    expect(counts.swipe).toBe(Math.max(...Object.values(counts)));
    expect(Object.values(counts).reduce((sum, count) => sum + count, 0)).toBe(2000);
  });

  it('picks numbers in [0, 1)', () => {
    for (const step of planInteractions(500, 3)) {
      expect(step.pick).toBeGreaterThanOrEqual(0);
      expect(step.pick).toBeLessThan(1);
    }
  });
});
