// Runs in: renderer (the studio's chunk). The hero as visitors will see it, drawn by the visitor
// components themselves (HeroCard, StoryText, IndexTile) on a screen of the kiosk's real size:
// card, story or the grid of all heroes, portrait or landscape, in any of the three languages, and
// "visitor view" to see it large without the studio around it.
import './LivePreview.css';
import { useEffect, useMemo } from 'react';
import type { Language } from '../../../common/content-schema';
import type { DraftContent, DraftHero } from '../../../common/curator-contract';
import { LANGUAGE_NAMES, LANGUAGE_ORDER } from '../i18n/ui-strings';
import { useCurator, useCuratorStrings } from './curator-context';
import type { PreviewOptions } from './curator-store';
import { KioskScreen } from './KioskScreen';
import { PreviewFrame } from './PreviewFrame';
import { visitorHero } from './visitor-hero';

const SCREENS = {
  portrait: { width: 1080, height: 1920 },
  landscape: { width: 1920, height: 1080 },
} as const;

export function LivePreview({ draft, hero }: { draft: DraftContent; hero: DraftHero }) {
  const { strings } = useCuratorStrings();
  const preview = useCurator((state) => state.preview);
  const setPreview = useCurator((state) => state.setPreview);
  const assetBaseUrl = useCurator((state) => state.assetBaseUrl);
  const heroIds = useCurator((state) => state.heroIds);
  const heroes = useMemo(
    () => draft.heroes.map((item) => visitorHero(item, heroIds)),
    [draft.heroes, heroIds],
  );
  const shown = heroes[draft.heroes.indexOf(hero)] ?? visitorHero(hero, heroIds);
  const close = (): void => setPreview({ visitorView: false });

  useEffect(() => {
    if (!preview.visitorView) return;
    const onKey = (event: KeyboardEvent): void => {
      if (event.key === 'Escape') setPreview({ visitorView: false });
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [preview.visitorView, setPreview]);

  const frame = (
    <PreviewFrame
      screen={SCREENS[preview.orientation]}
      title={strings.preview}
      lang={preview.language}
    >
      <KioskScreen
        draft={draft}
        heroes={heroes}
        hero={shown}
        assetBaseUrl={assetBaseUrl}
        language={preview.language}
        screen={preview.screen}
      />
    </PreviewFrame>
  );

  return (
    <section
      className={preview.visitorView ? 'live-preview live-preview--visitor' : 'live-preview'}
      aria-label={strings.preview}
      role={preview.visitorView ? 'dialog' : undefined}
      aria-modal={preview.visitorView || undefined}
    >
      <div className="live-preview__bar">
        <h2 className="live-preview__title">{strings.preview}</h2>
        <Choice<PreviewOptions['screen']>
          label={strings.preview}
          value={preview.screen}
          options={[
            ['card', strings.previewCard],
            ['story', strings.previewStory],
            ['tile', strings.previewTile],
          ]}
          onChoose={(screen) => setPreview({ screen })}
        />
        <Choice<PreviewOptions['orientation']>
          label={strings.cropLandscape}
          value={preview.orientation}
          options={[
            ['portrait', strings.portrait],
            ['landscape', strings.landscape],
          ]}
          onChoose={(orientation) => setPreview({ orientation })}
        />
        <Choice<Language>
          label={strings.previewLanguage}
          value={preview.language}
          options={LANGUAGE_ORDER.map((code) => [code, LANGUAGE_NAMES[code]])}
          onChoose={(language) => setPreview({ language })}
        />
        <button
          type="button"
          className="studio-button live-preview__visitor-toggle"
          aria-pressed={preview.visitorView}
          onClick={() => setPreview({ visitorView: !preview.visitorView })}
        >
          {preview.visitorView ? strings.closeVisitorView : strings.visitorView}
        </button>
      </div>
      <div className={`live-preview__stage live-preview__stage--${preview.orientation}`}>
        {frame}
      </div>
      {preview.visitorView && (
        <button type="button" className="studio-button live-preview__close" onClick={close}>
          {strings.closeVisitorView}
        </button>
      )}
    </section>
  );
}

function Choice<Value extends string>({
  label,
  value,
  options,
  onChoose,
}: {
  label: string;
  value: Value;
  options: readonly (readonly [Value, string])[];
  onChoose(value: Value): void;
}) {
  return (
    <div className="studio-segmented studio-segmented--small" role="group" aria-label={label}>
      {options.map(([option, text]) => (
        <button
          key={option}
          type="button"
          className="studio-segmented__option"
          aria-pressed={option === value}
          onClick={() => onChoose(option)}
        >
          {text}
        </button>
      ))}
    </div>
  );
}
