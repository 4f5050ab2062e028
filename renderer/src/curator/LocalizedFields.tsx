// Runs in: renderer (the studio's chunk). One text in Kazakh, Russian and English side by side, with
// its length against what fits where visitors read it, and the problems found at this field.
import { createContext, useContext, useId, useState } from 'react';
import type { Language } from '../../../common/content-schema';
import type {
  CuratorProblem,
  DraftLocalizedText,
  DraftParagraphs,
} from '../../../common/curator-contract';
import { LANGUAGE_NAMES, LANGUAGE_ORDER } from '../i18n/ui-strings';
import { formatNumber } from './curator-format';
import { useCuratorStrings } from './curator-context';
import { paragraphsFromText, textFromParagraphs } from './draft-edits';
import { lengthVerdict } from './field-limits';
import { problemText } from './problem-text';

/** The draft's problems by field path, computed once per change by the studio. */
export const ProblemsContext = createContext<ReadonlyMap<string, CuratorProblem[]>>(new Map());

export function useFieldProblems(field: string): CuratorProblem[] {
  return useContext(ProblemsContext).get(field) ?? [];
}

interface RowProps {
  label: string;
  hint?: string;
  /** Dotted path of the whole text in the content (`heroes.3.name`); each language adds `.kk`... */
  field: string;
  limit: number;
}

export function LocalizedTextRow({
  label,
  hint,
  field,
  limit,
  values,
  multiline = false,
  onChange,
}: RowProps & {
  values: DraftLocalizedText;
  multiline?: boolean;
  onChange(language: Language, value: string): void;
}) {
  return (
    <RowFrame label={label} hint={hint}>
      {LANGUAGE_ORDER.map((language) => (
        <LanguageCell
          key={language}
          language={language}
          label={label}
          field={`${field}.${language}`}
          limit={limit}
          length={values[language].trim().length}
          render={(inputProps) =>
            multiline ? (
              <textarea
                {...inputProps}
                rows={2}
                value={values[language]}
                onChange={(event) => onChange(language, event.target.value)}
              />
            ) : (
              <input
                {...inputProps}
                type="text"
                value={values[language]}
                onChange={(event) => onChange(language, event.target.value)}
              />
            )
          }
        />
      ))}
    </RowFrame>
  );
}

/**
 * Paragraphs are written as one text with blank lines between them. The text as typed is kept here
 * (a blank line just typed is not a paragraph yet); the draft gets the paragraphs.
 */
export function LocalizedStoryRow({
  label,
  hint,
  field,
  limit,
  values,
  onChange,
}: RowProps & {
  values: DraftParagraphs;
  onChange(language: Language, text: string): void;
}) {
  return (
    <RowFrame label={label} hint={hint}>
      {LANGUAGE_ORDER.map((language) => (
        <StoryCell
          key={language}
          language={language}
          label={label}
          field={field}
          limit={limit}
          paragraphs={values[language]}
          onChange={(text) => onChange(language, text)}
        />
      ))}
    </RowFrame>
  );
}

function StoryCell({
  language,
  label,
  field,
  limit,
  paragraphs,
  onChange,
}: {
  language: Language;
  label: string;
  field: string;
  limit: number;
  paragraphs: string[];
  onChange(text: string): void;
}) {
  const { strings } = useCuratorStrings();
  const [typed, setTyped] = useState(() => textFromParagraphs(paragraphs));
  // The draft changed from elsewhere (their version opened, another hero): show it as it is now.
  const shown =
    textFromParagraphs(paragraphsFromText(typed)) === textFromParagraphs(paragraphs)
      ? typed
      : textFromParagraphs(paragraphs);
  const total = paragraphs.reduce((sum, paragraph) => sum + paragraph.length, 0);
  return (
    <LanguageCell
      language={language}
      label={label}
      // An empty story is reported on the language; a paragraph too long on itself.
      field={`${field}.${language}`}
      extraFields={paragraphs.map((_, index) => `${field}.${language}.${index}`)}
      limit={limit}
      length={total}
      note={strings.paragraphs(String(paragraphs.length))}
      render={(inputProps) => (
        <textarea
          {...inputProps}
          className={`${inputProps.className} studio-field__story`}
          rows={8}
          value={shown}
          onChange={(event) => {
            setTyped(event.target.value);
            onChange(event.target.value);
          }}
        />
      )}
    />
  );
}

function RowFrame({
  label,
  hint,
  children,
}: {
  label: string;
  hint?: string;
  children: React.ReactNode;
}) {
  return (
    <div className="studio-row" role="group" aria-label={label}>
      <div className="studio-row__head">
        <span className="studio-row__label">{label}</span>
        {hint && <span className="studio-row__hint">{hint}</span>}
      </div>
      <div className="studio-row__cells">{children}</div>
    </div>
  );
}

interface InputProps {
  id: string;
  className: string;
  lang: Language;
  'aria-label': string;
  'aria-describedby': string;
  'aria-invalid': boolean | undefined;
  'data-field': string;
  spellCheck: boolean;
}

function LanguageCell({
  language,
  label,
  field,
  extraFields = [],
  limit,
  length,
  note,
  render,
}: {
  language: Language;
  label: string;
  field: string;
  extraFields?: string[];
  limit: number;
  length: number;
  note?: string;
  render(props: InputProps): React.ReactNode;
}) {
  const { strings, language: studioLanguage } = useCuratorStrings();
  const problemMap = useContext(ProblemsContext);
  const problems = [field, ...extraFields].flatMap((path) => problemMap.get(path) ?? []);
  const id = useId();
  const verdict = lengthVerdict(length, limit);
  const count = (value: number): string => formatNumber(value, studioLanguage);
  return (
    <div className={`studio-field studio-field--${verdict}`}>
      <label className="studio-field__language" htmlFor={id} lang={language}>
        {LANGUAGE_NAMES[language]}
      </label>
      {render({
        id,
        className: 'studio-field__input',
        lang: language,
        'aria-label': `${label} · ${LANGUAGE_NAMES[language]}`,
        'aria-describedby': `${id}-meta`,
        'aria-invalid': problems.some((problem) => problem.severity === 'error') || undefined,
        'data-field': field,
        spellCheck: true,
      })}
      <div className="studio-field__meta" id={`${id}-meta`}>
        {problems.length > 0 ? (
          <span
            className={
              problems.some((problem) => problem.severity === 'error')
                ? 'studio-field__problem'
                : 'studio-field__warning'
            }
          >
            {problems.map((problem) => problemText(problem, strings, studioLanguage)).join(' ')}
          </span>
        ) : verdict === 'long' ? (
          <span className="studio-field__warning">{strings.mayNotFit}</span>
        ) : (
          <span className="studio-field__note">{note}</span>
        )}
        <span className="studio-field__count">
          {strings.characters(count(length), count(limit))}
        </span>
      </div>
    </div>
  );
}
