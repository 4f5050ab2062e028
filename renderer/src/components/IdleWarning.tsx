// Runs in: renderer. The full-screen "Still there?" warning, in all three languages, with the countdown.
// Any touch ends it (use-idle-session.ts), and that touch never reaches the screen underneath.
import { AnimatePresence, motion } from 'framer-motion';
import { LANGUAGE_ORDER, UI_STRINGS } from '../i18n/ui-strings';
import { useKiosk } from '../store/kiosk-store';

export function IdleWarning() {
  const status = useKiosk((state) => state.idleStatus);
  const language = useKiosk((state) => state.language);
  return (
    <AnimatePresence>
      {status.phase === 'warning' && (
        <motion.div
          key="idle-warning"
          className="idle-warning"
          role="alertdialog"
          aria-modal="true"
          aria-labelledby="idle-warning-title"
          aria-describedby="idle-warning-countdown"
          initial={{ opacity: 0 }}
          animate={{ opacity: 1 }}
          exit={{ opacity: 0 }}
          transition={{ duration: 0.35 }}
        >
          <div className="idle-warning__count" aria-hidden="true">
            {status.secondsLeft}
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
            {UI_STRINGS[language].startingOverIn(status.secondsLeft)}
          </p>
        </motion.div>
      )}
    </AnimatePresence>
  );
}
