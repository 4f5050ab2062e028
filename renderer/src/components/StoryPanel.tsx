// Runs in: renderer. The full story over the photograph: scrolls when long, closes from low on the
// screen, and leaves the carousel on the same hero.
import { AnimatePresence, m, useReducedMotion } from 'framer-motion';
import { useEffect, useRef } from 'react';
import type { Hero, Language } from '../../../common/content-schema';
import { UI_STRINGS } from '../i18n/ui-strings';
import { useKiosk } from '../store/kiosk-store';
import { Icon } from './Icon';
import './StoryPanel.css';

/** Takes all heroes and picks the current one itself: the screens around it need not follow the hero. */
export function StoryPanel({ heroes }: { heroes: readonly Hero[] }) {
  // Closed, it does not follow the hero: it stays mounted beside the carousel, and a render per
  // swipe cost a millisecond at full speed in the frame where the snap arrives. (A closing panel
  // keeps its hero: AnimatePresence plays the exit with the children it last rendered.)
  const hero = useKiosk((state) => (state.storyOpen ? heroes[state.heroIndex] : undefined));
  const open = useKiosk((state) => state.storyOpen);
  const closeStory = useKiosk((state) => state.closeStory);
  const reduceMotion = useReducedMotion() ?? false;
  const hidden = reduceMotion ? { opacity: 0 } : { opacity: 0, y: '12%' };
  return (
    <AnimatePresence>
      {open && hero && (
        <m.div
          key="story"
          className="story"
          initial={{ opacity: 0 }}
          animate={{ opacity: 1 }}
          exit={{ opacity: 0 }}
          transition={{ duration: 0.3 }}
        >
          <m.section
            className="story__panel"
            role="dialog"
            aria-modal="true"
            aria-labelledby="story-title"
            initial={hidden}
            animate={{ opacity: 1, y: 0 }}
            exit={hidden}
            transition={{ type: 'tween', ease: [0.2, 0.8, 0.2, 1], duration: 0.45 }}
          >
            <StoryContent hero={hero} onClose={closeStory} />
          </m.section>
        </m.div>
      )}
    </AnimatePresence>
  );
}

/**
 * Reads the language itself (not through props) so that even while the panel fades out after
 * closing, a language switch reaches its text at once.
 */
function StoryContent({ hero, onClose }: { hero: Hero; onClose(): void }) {
  const language = useKiosk((state) => state.language);
  return (
    <>
      <StoryText hero={hero} language={language} />
      <div className="story__footer">
        <button type="button" className="button button--primary button--wide" onClick={onClose}>
          <Icon name="close" />
          {UI_STRINGS[language].closeStory}
        </button>
      </div>
    </>
  );
}

/** The story's words; the curator studio's live preview shows them too. */
export function StoryText({ hero, language }: { hero: Hero; language: Language }) {
  const strings = UI_STRINGS[language];
  const scrollRef = useRef<HTMLDivElement>(null);
  // A new language starts the story from its top, so nobody lands mid-paragraph in another text.
  useEffect(() => {
    scrollRef.current?.scrollTo({ top: 0 });
  }, [language]);
  return (
    <div className="story__scroll" ref={scrollRef} tabIndex={0} aria-label={hero.name[language]}>
      {hero.status === 'draft' && (
        <p className="draft-badge">
          <strong>{strings.draft}</strong> · {strings.draftNote}
        </p>
      )}
      <h2 id="story-title" className="story__name">
        {hero.name[language]}
      </h2>
      <p className="story__role">{hero.role[language]}</p>
      <p className="story__line">{hero.shortLine[language]}</p>
      {hero.story[language].map((paragraph, index) => (
        <p key={index} className="story__paragraph">
          {paragraph}
        </p>
      ))}
      <p className="story__credit">
        {strings.photo}: {hero.photo.credit[language]}
      </p>
    </div>
  );
}
