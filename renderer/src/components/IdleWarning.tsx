// Runs in: renderer. The full-screen "Still there?" warning, in all three languages, with the countdown.
// Any touch ends it (use-idle-session.ts), and that touch never reaches the screen underneath.
import { AnimatePresence, m, useIsPresent } from 'framer-motion';
import type { Language } from '../../../common/content-schema';
import { LANGUAGE_ORDER, UI_STRINGS } from '../i18n/ui-strings';
import { useKiosk } from '../store/kiosk-store';
import './IdleWarning.css';

export function IdleWarning() {
  const status = useKiosk((state) => state.idleStatus);
  const language = useKiosk((state) => state.language);
  return (
    <AnimatePresence>
      {status.phase === 'warning' && (
        <WarningOverlay key="idle-warning" secondsLeft={status.secondsLeft} language={language} />
      )}
    </AnimatePresence>
  );
}

function WarningOverlay({ secondsLeft, language }: { secondsLeft: number; language: Language }) {
  // While it fades out the warning is already over: no longer a dialog, no longer in the way.
  const present = useIsPresent();
  return (
    <m.div
      className="idle-warning"
      role={present ? 'alertdialog' : undefined}
      aria-modal={present ? true : undefined}
      aria-hidden={present ? undefined : true}
      aria-labelledby="idle-warning-title"
      aria-describedby="idle-warning-countdown"
      style={{ pointerEvents: present ? 'auto' : 'none' }}
      initial={{ opacity: 0 }}
      animate={{ opacity: 1 }}
      exit={{ opacity: 0 }}
      transition={{ duration: 0.35 }}
    >
      <div className="idle-warning__count" aria-hidden="true">
        {secondsLeft}
      </div>
      <h2 id="idle-warning-title" className="idle-warning__titles">
        {LANGUAGE_ORDER.map((code) => (
          <span key={code} lang={code} className="idle-warning__title">
            {UI_STRINGS[code].stillThere}
          </span>
        ))}
      </h2>
      <div className="idle-warning__hints">
        {LANGUAGE_ORDER.map((code) => (
          <p key={code} lang={code}>
            {UI_STRINGS[code].touchToContinue}
          </p>
        ))}
      </div>
      <p id="idle-warning-countdown" className="idle-warning__countdown" aria-live="polite">
        {UI_STRINGS[language].startingOverIn(secondsLeft)}
      </p>
    </m.div>
  );
}
