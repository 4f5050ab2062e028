// Runs in: renderer page (passed to page.evaluate by the endurance test and the benchmark). Plays a
// planned run of visitor interactions inside the page, where thousands take seconds instead of the
// minutes that a DevTools round trip per touch would take on a small machine. Buttons are found by
// their accessible names and clicked; swipes are pointer-event drags on the carousel track, the
// events framer-motion listens to. Idle resets are left to the caller (it owns the clock): the run
// stops before one and reports where it stopped. Self-contained: no imports reach the page.
import type { PlannedInteraction } from './interaction-plan';

export interface InPageNames {
  languages: string[];
  defaultLanguage: string;
  /** Per language: the UI's button names. */
  buttons: Record<
    string,
    { next: string; previous: string; readStory: string; closeStory: string; allHeroes: string }
  >;
  /** Per language, per hero index: the name of the index button that opens that hero. */
  openHero: Record<string, string[]>;
  /** Per language: the language switch button's name. */
  languageNames: Record<string, string>;
}

export interface InPageRun {
  steps: PlannedInteraction[];
  start: number;
  names: InPageNames;
  /** Sample the page after every this many interactions (the run stops there). */
  stopEvery: number;
  /** The window property the run keeps its whereabouts in (WHEREABOUTS_KEY). */
  whereaboutsKey: string;
}

export interface InPageProgress {
  /** Index of the next step to play: at an idle reset or a sampling point, or steps.length. */
  next: number;
  /** The step at `next` is an idle reset for the caller to do. */
  idleResetDue: boolean;
  maxMountedPortraits: number;
  maxDecodedPortraits: number;
}

/** Where the in-page run is, kept on the window so a stalled run can say where it stopped. */
export interface InPageWhereabouts {
  step: number;
  kind: string;
  /** What the run awaits now: a frame, a task, or nothing (it is running). */
  awaiting: 'frame' | 'task' | 'nothing';
  /** Animation frames and tasks seen since the run started: both stop if the page stalls. */
  frames: number;
  tasks: number;
}

export const WHEREABOUTS_KEY = '__enduranceWhereabouts';

export async function playInPage(run: InPageRun): Promise<InPageProgress> {
  const whereabouts: InPageWhereabouts = {
    step: run.start,
    kind: 'start',
    awaiting: 'nothing',
    frames: 0,
    tasks: 0,
  };
  (window as unknown as Record<string, unknown>)[run.whereaboutsKey] = whereabouts;
  const frame = (): Promise<number> => {
    whereabouts.awaiting = 'frame';
    return new Promise((resolve) =>
      requestAnimationFrame((time) => {
        whereabouts.frames += 1;
        whereabouts.awaiting = 'nothing';
        resolve(time);
      }),
    );
  };
  // A task, not a frame: React commits a click's update before the next task, and frames are slow
  // on a busy machine. MessageChannel, because the clock fakes setTimeout.
  const task = (): Promise<void> => {
    whereabouts.awaiting = 'task';
    return new Promise((resolve) => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => {
        whereabouts.tasks += 1;
        whereabouts.awaiting = 'nothing';
        resolve();
      };
      channel.port2.postMessage(null);
    });
  };
  const progress: InPageProgress = {
    next: run.start,
    idleResetDue: false,
    maxMountedPortraits: 0,
    maxDecodedPortraits: 0,
  };
  const census = (): void => {
    const portraits = [...document.querySelectorAll('img.portrait__image')].filter(
      (image) => !image.closest('.index__thumb'),
    ) as HTMLImageElement[];
    const decoded = portraits.filter((image) => image.complete && image.naturalWidth > 0).length;
    progress.maxMountedPortraits = Math.max(progress.maxMountedPortraits, portraits.length);
    progress.maxDecodedPortraits = Math.max(progress.maxDecodedPortraits, decoded);
  };
  const waitUntil = async (what: string, condition: () => boolean): Promise<void> => {
    const started = performance.now();
    for (let attempt = 0; !condition(); attempt += 1) {
      if (performance.now() - started > 10_000) throw new Error(`timed out waiting for ${what}`);
      await (attempt < 8 ? task() : frame());
      census();
    }
  };
  const language = (): string => document.documentElement.lang || run.names.defaultLanguage;
  const counter = (): number =>
    Number(document.querySelector('.carousel__counter-current')?.textContent ?? '0') - 1;
  const heroCount = (): number => run.names.openHero[run.names.defaultLanguage]?.length ?? 0;
  const findButton = (name: string): HTMLButtonElement => {
    const match = [...document.querySelectorAll('button')].find(
      (button) =>
        !button.closest('[inert]') &&
        !button.closest('[aria-hidden="true"]') &&
        (button.getAttribute('aria-label') ?? button.textContent?.trim()) === name,
    );
    if (!match) throw new Error(`no button named ${name}`);
    return match;
  };
  const press = async (name: string): Promise<void> => {
    const button = findButton(name);
    const box = button.getBoundingClientRect();
    const at = { clientX: box.x + box.width / 2, clientY: box.y + box.height / 2 };
    const pointer = { ...at, bubbles: true, isPrimary: true, pointerId: 1, pointerType: 'touch' };
    button.dispatchEvent(new PointerEvent('pointerdown', pointer));
    button.dispatchEvent(new PointerEvent('pointerup', pointer));
    button.click();
    await task();
  };
  const drag = async (fromX: number, toX: number): Promise<void> => {
    const y = 900;
    const base = { bubbles: true, isPrimary: true, pointerId: 7, pointerType: 'touch', clientY: y };
    const track = document.querySelector('[data-testid="carousel-track"]');
    if (!track) throw new Error('no carousel track');
    track.dispatchEvent(new PointerEvent('pointerdown', { ...base, clientX: fromX, buttons: 1 }));
    for (let step = 1; step <= 2; step += 1) {
      await frame();
      const x = fromX + ((toX - fromX) * step) / 2;
      track.dispatchEvent(new PointerEvent('pointermove', { ...base, clientX: x, buttons: 1 }));
    }
    track.dispatchEvent(new PointerEvent('pointerup', { ...base, clientX: toX }));
  };
  let direction = 1;
  const nextTarget = (): number => {
    const index = counter();
    if (index + direction < 0 || index + direction >= heroCount()) direction = -direction;
    return index + direction;
  };

  for (let index = run.start; index < run.steps.length; index += 1) {
    const step = run.steps[index];
    if (!step) break;
    whereabouts.step = index;
    whereabouts.kind = step.kind;
    if (index > run.start && index % run.stopEvery === 0) {
      progress.next = index;
      return progress;
    }
    if (step.kind === 'idle-reset') {
      progress.next = index;
      progress.idleResetDue = true;
      return progress;
    }
    const buttons = run.names.buttons[language()];
    if (!buttons) throw new Error(`no names for ${language()}`);
    if (step.kind === 'swipe' || step.kind === 'step-button') {
      const target = nextTarget();
      const forward = target > counter();
      if (step.kind === 'swipe') await (forward ? drag(860, 300) : drag(220, 780));
      else await press(forward ? buttons.next : buttons.previous);
      await waitUntil(`hero ${target + 1}`, () => counter() === target);
    } else if (step.kind === 'story') {
      await press(buttons.readStory);
      await waitUntil('the story', () => document.querySelector('[role="dialog"]') !== null);
      // The fade-out plays on while the visitor goes on; samples wait for it (see endurance-run).
      await press(buttons.closeStory);
    } else if (step.kind === 'index-jump') {
      const target = Math.min(heroCount() - 1, Math.floor(step.pick * heroCount()));
      await press(buttons.allHeroes);
      await waitUntil('the index', () => document.querySelector('.index') !== null);
      await press(run.names.openHero[language()]?.[target] ?? '');
      await waitUntil(`hero ${target + 1}`, () => counter() === target);
    } else {
      const offered = run.names.languages;
      const next = offered[(offered.indexOf(language()) + 1) % offered.length] ?? '';
      await press(run.names.languageNames[next] ?? '');
      await waitUntil(`language ${next}`, () => language() === next);
    }
    census();
  }
  progress.next = run.steps.length;
  return progress;
}
