// Runs in: Node (Playwright). The carousel driven with real touch events, the story, the index, and
// the language switch, in a 1080x1920 portrait viewport with touch emulation.
import { expect, test } from '@playwright/test';
import type { Page } from '@playwright/test';
import type { Content } from '../../common/content-schema';
import { UI_STRINGS } from '../../renderer/src/i18n/ui-strings';
import type { UiStrings } from '../../renderer/src/i18n/ui-strings';
import {
  currentHeroId,
  enterCarousel,
  expectHeroNumber,
  loadContent,
  swipe,
  failOnPageProblems,
} from './support/kiosk-page';

failOnPageProblems();

test.beforeEach(async ({ page }) => {
  await page.goto('/');
  await enterCarousel(page);
});

const Y = 900;
const slowDragLeft = { fromX: 900, toX: 380, y: Y, steps: 16, stepMs: 20, holdMs: 250 };
const slowDragRight = { ...slowDragLeft, fromX: 180, toX: 700 };

test('a swipe each way changes the hero, and the portrait follows the finger', async ({ page }) => {
  const first = await currentHeroId(page);
  await swipe(page, slowDragLeft);
  await expectHeroNumber(page, 2);
  const second = await currentHeroId(page);
  expect(second).not.toBe(first);
  await swipe(page, slowDragRight);
  await expectHeroNumber(page, 1);
  expect(await currentHeroId(page)).toBe(first);
});

test('a short slow drag springs back to the same hero', async ({ page }) => {
  await swipe(page, { fromX: 700, toX: 620, y: Y, steps: 6, stepMs: 20, holdMs: 250 });
  await page.waitForTimeout(600);
  await expectHeroNumber(page, 1);
});

test('a drag up or down leaves the track where it is, and is not a tap', async ({ page }) => {
  const track = page.getByTestId('carousel-track');
  const before = await track.evaluate((element) => getComputedStyle(element).transform);
  // Mostly vertical, with a little sideways drift, as a finger scrolling by habit would go.
  await swipe(page, { fromX: 540, toX: 600, y: 700, toY: 1300, steps: 12, stepMs: 20 });
  await page.waitForTimeout(600);
  await expectHeroNumber(page, 1);
  expect(await track.evaluate((element) => getComputedStyle(element).transform)).toBe(before);
  await expect(page.getByRole('dialog')).toHaveCount(0);
});

test('a fast flick moves exactly one hero, however far it goes', async ({ page }) => {
  await swipe(page, { fromX: 1000, toX: 60, y: Y, steps: 4, stepMs: 12 });
  await page.waitForTimeout(800);
  await expectHeroNumber(page, 2);
  // A short, quick flick is enough too.
  await swipe(page, { fromX: 700, toX: 500, y: Y, steps: 3, stepMs: 10 });
  await page.waitForTimeout(800);
  await expectHeroNumber(page, 3);
});

/**
 * A finger's fast flick, as a touchscreen reports it: each touch event carries its own time stamp,
 * 8 ms apart. Without them the browser stamps each event as it arrives, and on a loaded machine
 * the flick slows down to a drag that sets off nothing (the defect below then showed in 2 runs of 5).
 */
async function fastFlick(page: Page, fromX: number, stepPx: number): Promise<void> {
  const session = await page.context().newCDPSession(page);
  const at = (x: number) => [{ x, y: Y, id: 1, radiusX: 8, radiusY: 8, force: 1 }];
  const start = Date.now() / 1000;
  await session.send('Input.dispatchTouchEvent', {
    type: 'touchStart',
    touchPoints: at(fromX),
    timestamp: start,
  });
  for (let step = 1; step <= 3; step += 1) {
    await session.send('Input.dispatchTouchEvent', {
      type: 'touchMove',
      touchPoints: at(fromX + step * stepPx),
      timestamp: start + step * 0.008,
    });
  }
  await session.send('Input.dispatchTouchEvent', {
    type: 'touchEnd',
    touchPoints: [],
    timestamp: start + 0.025,
  });
  await session.detach();
}

test('the buttons answer the first tap right after a fast flick', async ({ page }) => {
  // Issue 23: the browser ran a fling of its own after the flick, and the next tap only caught it.
  await fastFlick(page, 1000, -300);
  await page.waitForTimeout(1200);
  await expectHeroNumber(page, 2);
  await page.getByRole('button', { name: 'Келесі батыр' }).tap();
  await expectHeroNumber(page, 3);
  await fastFlick(page, 100, 300);
  await page.waitForTimeout(1200);
  await expectHeroNumber(page, 2);
  await page.getByRole('button', { name: 'Алдыңғы батыр' }).tap();
  await expectHeroNumber(page, 1);
});

test('the ends rubber-band: no hero before the first, none after the last', async ({ page }) => {
  const content = await loadContent(page);
  const count = content.heroes.length;
  await swipe(page, slowDragRight);
  await page.waitForTimeout(600);
  await expectHeroNumber(page, 1);
  await expect(page.getByRole('button', { name: 'Алдыңғы батыр' })).toBeDisabled();

  await page.getByRole('button', { name: 'Барлық батырлар' }).tap();
  await page.locator('.index__item').last().tap();
  await expectHeroNumber(page, count);
  await swipe(page, slowDragLeft);
  await page.waitForTimeout(600);
  await expectHeroNumber(page, count);
  await expect(page.getByRole('button', { name: 'Келесі батыр' })).toBeDisabled();
});

test('the large buttons move one hero each and the counter follows', async ({ page }) => {
  const content = await loadContent(page);
  await page.getByRole('button', { name: 'Келесі батыр' }).tap();
  await page.getByRole('button', { name: 'Келесі батыр' }).tap();
  await expectHeroNumber(page, 3);
  await expect(page.locator('.carousel__counter')).toHaveText(`3 / ${content.heroes.length}`);
  await page.getByRole('button', { name: 'Алдыңғы батыр' }).tap();
  await expectHeroNumber(page, 2);
});

test('a tap on the portrait opens the story; closing returns to the same hero', async ({
  page,
}) => {
  const content = await loadContent(page);
  await page.getByRole('button', { name: 'Келесі батыр' }).tap();
  await expectHeroNumber(page, 2);
  await page
    .locator('.hero-card[data-current] .hero-card__photo-area')
    .tap({ position: { x: 540, y: 400 } });
  const story = page.getByRole('dialog');
  await expect(story).toBeVisible();
  await expect(story).toContainText(content.heroes[1]?.story.kk[0] ?? '');
  const close = page.getByRole('button', { name: 'Тарихты жабу' });
  const closeBox = await close.boundingBox();
  // The close button sits low on the screen, within reach from a wheelchair.
  expect(closeBox?.y ?? 0).toBeGreaterThan(1920 / 3);
  await close.tap();
  await expect(story).toBeHidden();
  await expectHeroNumber(page, 2);
});

test('the "read the story" button opens the same story', async ({ page }) => {
  await page.getByRole('button', { name: 'Тарихын оқу' }).tap();
  await expect(page.getByRole('dialog')).toBeVisible();
});

test('the index shows every hero and jumps to the one tapped', async ({ page }) => {
  const content = await loadContent(page);
  await page.getByRole('button', { name: 'Барлық батырлар' }).tap();
  const items = page.locator('.index__item');
  await expect(items).toHaveCount(content.heroes.length);
  const target = content.heroes[6];
  await page.getByRole('button', { name: `${target?.name.kk} — ашу`, exact: true }).tap();
  await expectHeroNumber(page, 7);
  expect(await currentHeroId(page)).toBe(target?.id);
});

test('drafts are visibly marked as drafts', async ({ page }) => {
  const content = await loadContent(page);
  const draftIndex = content.heroes.findIndex((hero) => hero.status === 'draft');
  test.skip(draftIndex < 0, 'no drafts in this content');
  await page.getByRole('button', { name: 'Барлық батырлар' }).tap();
  await page.locator('.index__item').nth(draftIndex).tap();
  await expect(page.locator('.hero-card[data-current] .draft-badge')).toBeVisible();
});

test('a language switch changes every visible text at once, the story included', async ({
  page,
}) => {
  await page.getByRole('button', { name: 'Тарихын оқу' }).tap();
  await expect(page.getByRole('dialog')).toBeVisible();
  await expectEveryTextChanges(page, 'Русский', 'ru');
  await page.getByRole('button', { name: 'Закрыть историю' }).tap();
  await expect(page.getByRole('dialog')).toBeHidden();
  await expectEveryTextChanges(page, 'English', 'en');
  await page.getByRole('button', { name: 'All heroes' }).tap();
  await expectEveryTextChanges(page, 'Қазақша', 'kk');
  await page.getByRole('button', { name: 'Батырларға оралу' }).tap();
  await page.getByRole('button', { name: 'Көрме туралы' }).tap();
  await expectEveryTextChanges(page, 'Русский', 'ru');
});

/** Language names and numbers read the same in every language; everything else must change. */
const LANGUAGE_NEUTRAL = /^(қазақша|русский|english|[\d\s/·–-]*)$/;

type Code = 'kk' | 'ru' | 'en';

/** innerText applies CSS text-transform, so compare texts without case. */
const normalise = (text: string): string => text.trim().toLocaleLowerCase();

/** Texts that are legitimately spelled the same in two languages (names, "Фото" in kk and ru). */
function sameInBoth(content: Content, from: Code, to: Code): Set<string> {
  const same = new Set<string>();
  const visit = (value: unknown): void => {
    if (Array.isArray(value)) value.forEach(visit);
    else if (value && typeof value === 'object') {
      const record = value as Record<string, unknown>;
      if (from in record && to in record) {
        const a = [record[from]].flat();
        const b = [record[to]].flat();
        a.forEach((text, index) => {
          if (typeof text === 'string' && text === b[index]) same.add(normalise(text));
        });
      }
      Object.values(record).forEach(visit);
    }
  };
  visit(content);
  for (const [key, text] of Object.entries(UI_STRINGS[from])) {
    if (typeof text === 'string' && text === UI_STRINGS[to][key as keyof UiStrings]) {
      same.add(normalise(text));
    }
  }
  return same;
}

async function visibleLines(page: Page): Promise<string[]> {
  const text = await page.locator('.visitor').innerText();
  return text
    .split('\n')
    .map(normalise)
    .filter((line) => line !== '' && !LANGUAGE_NEUTRAL.test(line));
}

async function expectEveryTextChanges(page: Page, languageName: string, code: Code) {
  const from = (await page.locator('html').getAttribute('lang')) as Code;
  const allowed = sameInBoth(await loadContent(page), from, code);
  const before = (await visibleLines(page)).filter((line) => !allowed.has(line));
  await page.getByRole('button', { name: languageName }).tap();
  await expect(page.locator('html')).toHaveAttribute('lang', code);
  await expect(page.getByRole('button', { name: languageName })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  const after = new Set(await visibleLines(page));
  const unchanged = before.filter((line) => after.has(line));
  expect(unchanged, `texts still in the previous language after choosing ${languageName}`).toEqual(
    [],
  );
}

/** The hero ids of the mounted cards, and of those with a photograph, in track order. */
function mountedCardIds(page: Page, selector = '.hero-card'): Promise<(string | undefined)[]> {
  return page
    .locator(selector)
    .evaluateAll((cards) =>
      cards.map((card) => (card instanceof HTMLElement ? card.dataset.heroId : undefined)),
    );
}
const cardsWithPhotograph = '.hero-card:has(img)';

test('entering mounts the nearest cards; the rest join once the track is still, without photographs', async ({
  page,
}) => {
  const content = await loadContent(page);
  // Enter again from the attract loop, watching which cards the carousel's first render brought.
  await page.goto('/');
  await page.evaluate(() => {
    const record = { firstRender: -1 };
    Object.assign(globalThis, { __firstCarouselRender: record });
    new MutationObserver(() => {
      if (record.firstRender < 0 && document.querySelector('.carousel__track')) {
        record.firstRender = document.querySelectorAll('.hero-card').length;
      }
    }).observe(document.body, { childList: true, subtree: true });
  });
  await enterCarousel(page);
  const firstRender = await page.evaluate(
    () =>
      (globalThis as unknown as { __firstCarouselRender: { firstRender: number } })
        .__firstCarouselRender.firstRender,
  );
  expect(firstRender).toBe(2);
  await expect(page.locator('.hero-card')).toHaveCount(content.heroes.length);
  expect(await mountedCardIds(page)).toEqual(content.heroes.map((hero) => hero.id));

  for (let step = 0; step < 4; step += 1) {
    await page.getByRole('button', { name: 'Келесі батыр' }).tap();
  }
  await expectHeroNumber(page, 5);
  await expect
    .poll(() => mountedCardIds(page, cardsWithPhotograph))
    .toEqual([3, 4, 5].map((index) => content.heroes[index]?.id));
  await expect(page.locator('.hero-card img')).toHaveCount(3);
  // Only the current card is read out; the neighbours still take a touch (see the next test).
  await expect(page.locator('.hero-card:not([aria-hidden])')).toHaveCount(1);
});

test('a language switch re-renders the nearest cards at once, and the rest follow in that language', async ({
  page,
}) => {
  const content = await loadContent(page);
  await expect(page.locator('.hero-card')).toHaveCount(content.heroes.length);
  await page.getByRole('button', { name: 'English' }).tap();
  await expect(page.locator('.hero-card')).toHaveCount(content.heroes.length);
  const names = await page
    .locator('.hero-card .hero-card__name')
    .evaluateAll((headings) => headings.map((heading) => heading.textContent));
  expect(names).toEqual(content.heroes.map((hero) => hero.name.en));
});

test('a tap that catches the track as it arrives opens the story of the hero it brings', async ({
  page,
}) => {
  const content = await loadContent(page);
  await swipe(page, slowDragLeft);
  // Straight after the release the track is still springing towards hero 2, whose card is under
  // x 900. The touch stops the spring; the tap opens that hero's story.
  await page.touchscreen.tap(900, 700);
  const story = page.getByRole('dialog');
  await expect(story).toBeVisible();
  await expect(story).toContainText(content.heroes[1]?.story.kk[0] ?? '');
  await expectHeroNumber(page, 2);
  // The touch caught the track between two cards; it goes on to that hero's card, not left halved.
  const currentCardLeft = () =>
    page.locator('.hero-card[data-current]').evaluate((card) => card.getBoundingClientRect().left);
  await expect.poll(currentCardLeft).toBe(0);
  await story.getByRole('button', { name: UI_STRINGS.kk.closeStory }).tap();
  await expect(story).toBeHidden();
  expect(await currentCardLeft()).toBe(0);
});

test('after a swipe the photograph next in line is loaded, and a quick second swipe finds it there', async ({
  page,
}) => {
  const content = await loadContent(page);
  const idsAround = (index: number) =>
    [index - 1, index, index + 1].flatMap((i) => content.heroes[i]?.id ?? []);
  await swipe(page, slowDragLeft);
  await expectHeroNumber(page, 2);
  // The photograph two along loads as the snap arrives: cards 1-3 around hero 2.
  await expect.poll(() => mountedCardIds(page, cardsWithPhotograph)).toEqual(idsAround(1));
  // Two flicks in a row: the second catches the track mid-snap and still lands on hero 4 with it.
  const flick = { fromX: 900, toX: 500, y: Y, steps: 4, stepMs: 10 };
  await swipe(page, flick);
  await swipe(page, flick);
  await expectHeroNumber(page, 4);
  await expect.poll(() => mountedCardIds(page, cardsWithPhotograph)).toEqual(idsAround(3));
  await expect(page.locator('[data-current] .portrait__image--ready')).toHaveCount(1);
});

test('with reduced motion a swipe still changes the hero', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await swipe(page, slowDragLeft);
  await expectHeroNumber(page, 2);
  await swipe(page, slowDragRight);
  await expectHeroNumber(page, 1);
});

test('every control is within reach (lower two thirds) and at least 64 px on each side', async ({
  page,
}) => {
  const checkControls = async (screen: string) => {
    const boxes = await page.locator('button:visible').evaluateAll((buttons) =>
      buttons
        .filter((button) => !button.closest('[inert], [aria-hidden="true"], .screen__scroll'))
        .map((button) => {
          const box = button.getBoundingClientRect();
          return { name: button.textContent || button.getAttribute('aria-label'), box };
        }),
    );
    expect(boxes.length, screen).toBeGreaterThan(0);
    for (const { name, box } of boxes) {
      expect(box.top, `${screen}: "${name}" sits in the lower two thirds`).toBeGreaterThanOrEqual(
        1920 / 3,
      );
      expect(
        Math.min(box.width, box.height),
        `${screen}: "${name}" is large enough`,
      ).toBeGreaterThanOrEqual(64);
    }
  };
  await checkControls('carousel');
  await page.getByRole('button', { name: 'Тарихын оқу' }).tap();
  await expect(page.getByRole('dialog')).toBeVisible();
  await checkControls('story');
  await page.getByRole('button', { name: 'Тарихты жабу' }).tap();
  await page.getByRole('button', { name: 'Барлық батырлар' }).tap();
  await checkControls('index');
  const thumbnail = await page.locator('.index__item').first().boundingBox();
  expect(Math.min(thumbnail?.width ?? 0, thumbnail?.height ?? 0)).toBeGreaterThanOrEqual(64);
  await page.getByRole('button', { name: 'Батырларға оралу' }).tap();
  await page.getByRole('button', { name: 'Көрме туралы' }).tap();
  await checkControls('about');
});

test('the index opens with the current hero in view', async ({ page }) => {
  await page.getByRole('button', { name: 'Барлық батырлар' }).tap();
  await page.locator('.index__item').last().tap();
  await page.getByRole('button', { name: 'Барлық батырлар' }).tap();
  await expect(page.locator('.index__item[aria-current="true"]')).toBeInViewport();
});
