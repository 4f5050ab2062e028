// Runs in: renderer (the studio's chunk). The kiosk's behaviour in the mall, each number with the
// range the content schema allows shown beside it (and enforced by the kiosk when it loads).
import './StudioForms.css';
import { useState } from 'react';
import type { Language } from '../../../common/content-schema';
import type { DraftContent } from '../../../common/curator-contract';
import { LANGUAGE_NAMES, LANGUAGE_ORDER } from '../i18n/ui-strings';
import { formatNumber } from './curator-format';
import { useCurator, useCuratorStrings } from './curator-context';
import { setAtPath } from './draft-edits';
import { useFieldProblems } from './LocalizedFields';
import type { SettingKey } from './problem-text';
import { CURATOR_SETTING_RANGES } from '../../../common/curator-constants';
import { problemText } from './problem-text';

const SECONDS: readonly SettingKey[] = [
  'idleTimeoutSeconds',
  'warningSeconds',
  'attractSlideSeconds',
];

export function SettingsEditor({ draft }: { draft: DraftContent }) {
  const { strings } = useCuratorStrings();
  const edit = useCurator((state) => state.edit);
  const { settings } = draft;
  const set = (key: keyof DraftContent['settings'], value: unknown): void =>
    edit((current) => setAtPath(current, ['settings', key], value));
  const relaunchRange = CURATOR_SETTING_RANGES.dailyRelaunchHour;
  return (
    <div className="studio-form studio-form--settings">
      <p className="studio-form__intro">{strings.settingsIntro}</p>
      {SECONDS.map((key) => (
        <NumberSetting
          key={key}
          setting={key}
          value={settings[key] as number}
          unit={strings.secondsUnit}
          onChange={(value) => set(key, value)}
        />
      ))}
      <div className="studio-setting">
        <span className="studio-setting__label" id="setting-default-language">
          {strings.settings.defaultLanguage}
        </span>
        <div
          className="studio-segmented"
          role="radiogroup"
          aria-labelledby="setting-default-language"
        >
          {LANGUAGE_ORDER.filter((code) => settings.languages.includes(code)).map(
            (code: Language) => (
              <button
                key={code}
                type="button"
                role="radio"
                lang={code}
                aria-checked={settings.defaultLanguage === code}
                className="studio-segmented__option"
                onClick={() => set('defaultLanguage', code)}
              >
                {LANGUAGE_NAMES[code]}
              </button>
            ),
          )}
        </div>
        <p className="studio-setting__hint">{strings.settingsHints.defaultLanguage}</p>
      </div>
      <div className="studio-setting">
        <span className="studio-setting__label" id="setting-relaunch">
          {strings.settings.dailyRelaunchHour}
        </span>
        <div className="studio-setting__control">
          <div className="studio-segmented" role="radiogroup" aria-labelledby="setting-relaunch">
            <button
              type="button"
              role="radio"
              aria-checked={settings.dailyRelaunchHour === null}
              className="studio-segmented__option"
              onClick={() => set('dailyRelaunchHour', null)}
            >
              {strings.relaunchOff}
            </button>
            <button
              type="button"
              role="radio"
              aria-checked={settings.dailyRelaunchHour !== null}
              className="studio-segmented__option"
              onClick={() => set('dailyRelaunchHour', settings.dailyRelaunchHour ?? 6)}
            >
              {strings.relaunchAt}
            </button>
          </div>
          {settings.dailyRelaunchHour !== null && (
            <select
              className="studio-field__input studio-setting__hour"
              aria-label={strings.settings.dailyRelaunchHour}
              value={settings.dailyRelaunchHour}
              onChange={(event) => set('dailyRelaunchHour', Number(event.target.value))}
            >
              {Array.from({ length: relaunchRange.max - relaunchRange.min + 1 }, (_, at) => {
                const hour = relaunchRange.min + at;
                return (
                  <option key={hour} value={hour}>
                    {String(hour).padStart(2, '0')}:00
                  </option>
                );
              })}
            </select>
          )}
        </div>
        <p className="studio-setting__hint">{strings.settingsHints.dailyRelaunchHour}</p>
      </div>
    </div>
  );
}

/**
 * The number as typed stays in the box (an empty box while retyping, or 5 on the way to 50); the
 * draft gets every whole number, and the schema's range check at the field says what is allowed.
 */
function NumberSetting({
  setting,
  value,
  unit,
  onChange,
}: {
  setting: SettingKey;
  value: number;
  unit: string;
  onChange(value: number): void;
}) {
  const { strings, language } = useCuratorStrings();
  const problems = useFieldProblems(`settings.${setting}`);
  const { min, max } = CURATOR_SETTING_RANGES[setting];
  const [typed, setTyped] = useState(String(value));
  const typedNumber = /^\d+$/.test(typed.trim()) ? Number(typed) : null;
  // Their version opened, or another change from elsewhere: the draft's number wins.
  const shown = typedNumber === null || typedNumber === value ? typed : String(value);
  const range = strings.allowedRange(formatNumber(min, language), formatNumber(max, language));
  const messages =
    problems.length > 0
      ? problems.map((problem) => problemText(problem, strings, language))
      : shown.trim() === ''
        ? [strings.problem.outOfRange(formatNumber(min, language), formatNumber(max, language))]
        : [];
  const id = `setting-${setting}`;
  const key = setting as Exclude<SettingKey, 'dailyRelaunchHour'>;
  return (
    <div className="studio-setting">
      <label className="studio-setting__label" htmlFor={id}>
        {strings.settings[key]}
      </label>
      <div className="studio-setting__control">
        <input
          id={id}
          className="studio-field__input studio-setting__number"
          type="number"
          inputMode="numeric"
          min={min}
          max={max}
          step={1}
          value={shown}
          aria-invalid={messages.length > 0 || undefined}
          aria-describedby={`${id}-range ${id}-problem`}
          onChange={(event) => {
            setTyped(event.target.value);
            const number = Number(event.target.value);
            if (event.target.value.trim() !== '' && Number.isInteger(number)) onChange(number);
          }}
        />
        <span className="studio-setting__unit">{unit}</span>
        <span className="studio-setting__range" id={`${id}-range`}>
          {range}
        </span>
      </div>
      <p className="studio-setting__hint">{strings.settingsHints[key]}</p>
      <p className="studio-field__problem" id={`${id}-problem`}>
        {messages.join(' ')}
      </p>
    </div>
  );
}
