// Runs in: renderer. The low "back to the heroes" bar shared by the index and about screens.
import { UI_STRINGS } from '../i18n/ui-strings';
import { useKiosk } from '../store/kiosk-store';
import { Icon } from './Icon';
import './ScreenFooter.css';

export function BackToHeroes() {
  const language = useKiosk((state) => state.language);
  const openView = useKiosk((state) => state.openView);
  return (
    <div className="screen__footer">
      <button
        type="button"
        className="button button--primary button--wide"
        onClick={() => openView('carousel')}
      >
        <Icon name="back" />
        {UI_STRINGS[language].backToHeroes}
      </button>
    </div>
  );
}
