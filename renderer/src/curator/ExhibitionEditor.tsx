// Runs in: renderer (the studio's chunk). The exhibition's own words: title and lines of the
// attract loop, dates, venue, curator, introduction, quotes and programmes, each in three languages.
import './StudioForms.css';
import type { Language } from '../../../common/content-schema';
import type { DraftContent } from '../../../common/curator-contract';
import { formatNumber } from './curator-format';
import { useCurator, useCuratorStrings } from './curator-context';
import { paragraphsFromText, setAtPath } from './draft-edits';
import { FIELD_HINTS } from './field-limits';
import { LocalizedStoryRow, LocalizedTextRow, useFieldProblems } from './LocalizedFields';
import { problemText } from './problem-text';
import { RepeatedItems } from './RepeatedItems';

type TextKey =
  | 'title'
  | 'subtitle'
  | 'anniversary'
  | 'yearOfChildren'
  | 'organiser'
  | 'datesLabel'
  | 'venue'
  | 'city'
  | 'credit';
const TEXT_FIELDS: readonly TextKey[] = [
  'title',
  'subtitle',
  'anniversary',
  'yearOfChildren',
  'organiser',
  'datesLabel',
  'venue',
  'city',
];

const EMPTY = { kk: '', ru: '', en: '' };
const MAX_QUOTES = 10;
const MAX_PROGRAMMES = 10;

export function ExhibitionEditor({ draft }: { draft: DraftContent }) {
  const { strings, language } = useCuratorStrings();
  const edit = useCurator((state) => state.edit);
  const { exhibition } = draft;
  const set = (path: (string | number)[], value: unknown): void =>
    edit((current) => setAtPath(current, ['exhibition', ...path], value));
  const setText = (path: (string | number)[]) => (code: Language, value: string) =>
    set([...path, code], value);
  const setParagraphs = (path: (string | number)[]) => (code: Language, text: string) =>
    set([...path, code], paragraphsFromText(text));
  const number = (value: number): string => formatNumber(value, language);

  return (
    <div className="studio-form">
      <p className="studio-form__intro">{strings.exhibitionIntro}</p>
      {TEXT_FIELDS.map((key) => (
        <LocalizedTextRow
          key={key}
          label={strings.exhibitionFields[key]}
          field={`exhibition.${key}`}
          limit={key === 'subtitle' ? FIELD_HINTS.shortLine : FIELD_HINTS.role}
          values={exhibition[key]}
          multiline={key === 'subtitle'}
          onChange={setText([key])}
        />
      ))}
      <div className="studio-form__dates">
        <DateField
          label={strings.exhibitionFields.opens}
          field="exhibition.opens"
          value={exhibition.opens}
          onChange={(value) => set(['opens'], value)}
        />
        <DateField
          label={strings.exhibitionFields.closes}
          field="exhibition.closes"
          value={exhibition.closes}
          onChange={(value) => set(['closes'], value)}
        />
      </div>
      <LocalizedTextRow
        label={strings.exhibitionFields.curatorName}
        field="exhibition.curator.name"
        limit={FIELD_HINTS.name}
        values={exhibition.curator.name}
        onChange={setText(['curator', 'name'])}
      />
      <LocalizedTextRow
        label={strings.exhibitionFields.curatorRole}
        field="exhibition.curator.role"
        limit={FIELD_HINTS.role}
        values={exhibition.curator.role}
        onChange={setText(['curator', 'role'])}
      />
      <LocalizedStoryRow
        label={strings.exhibitionFields.introduction}
        hint={strings.storyHint}
        field="exhibition.introduction"
        limit={FIELD_HINTS.story}
        values={exhibition.introduction}
        onChange={setParagraphs(['introduction'])}
      />
      <LocalizedTextRow
        label={strings.exhibitionFields.credit}
        field="exhibition.credit"
        limit={FIELD_HINTS.credit}
        values={exhibition.credit}
        onChange={setText(['credit'])}
      />

      <RepeatedItems
        title={strings.quotes}
        items={exhibition.quotes}
        max={MAX_QUOTES}
        addLabel={strings.addQuote}
        legend={(index) => strings.quote(number(index + 1))}
        itemKey={(_, index) => index}
        newItem={newQuote}
        onChange={(quotes) => set(['quotes'], quotes)}
      >
        {(quote, index) => (
          <>
            <LocalizedStoryRow
              label={strings.quoteText}
              field={`exhibition.quotes.${index}.text`}
              limit={FIELD_HINTS.text}
              values={quote.text}
              onChange={setParagraphs(['quotes', index, 'text'])}
            />
            <LocalizedTextRow
              label={strings.quoteAuthor}
              field={`exhibition.quotes.${index}.author`}
              limit={FIELD_HINTS.name}
              values={quote.author}
              onChange={setText(['quotes', index, 'author'])}
            />
            <LocalizedTextRow
              label={strings.quoteRole}
              field={`exhibition.quotes.${index}.role`}
              limit={FIELD_HINTS.role}
              values={quote.role}
              onChange={setText(['quotes', index, 'role'])}
            />
          </>
        )}
      </RepeatedItems>

      <RepeatedItems
        title={strings.programmes}
        items={exhibition.programmes}
        max={MAX_PROGRAMMES}
        addLabel={strings.addProgramme}
        legend={(index) => strings.programme(number(index + 1))}
        itemKey={(programme) => programme.id}
        newItem={newProgramme}
        onChange={(programmes) => set(['programmes'], programmes)}
      >
        {(programme, index) => (
          <>
            <LocalizedTextRow
              label={strings.programmeName}
              field={`exhibition.programmes.${index}.name`}
              limit={FIELD_HINTS.role}
              values={programme.name}
              onChange={setText(['programmes', index, 'name'])}
            />
            <LocalizedTextRow
              label={strings.programmePartners}
              field={`exhibition.programmes.${index}.partners`}
              limit={FIELD_HINTS.role}
              values={programme.partners}
              onChange={setText(['programmes', index, 'partners'])}
            />
            <LocalizedStoryRow
              label={strings.programmeDescription}
              field={`exhibition.programmes.${index}.description`}
              limit={FIELD_HINTS.text}
              values={programme.description}
              onChange={setParagraphs(['programmes', index, 'description'])}
            />
          </>
        )}
      </RepeatedItems>
    </div>
  );
}

type DraftExhibition = DraftContent['exhibition'];
type Quote = DraftExhibition['quotes'][number];
type Programme = DraftExhibition['programmes'][number];

function newQuote(): Quote {
  return { text: { kk: [], ru: [], en: [] }, author: { ...EMPTY }, role: { ...EMPTY } };
}

/** Programme ids only have to be unique; "programme-3" is as good as any. */
function newProgramme(existing: readonly Programme[]): Programme {
  const taken = new Set(existing.map((programme) => programme.id));
  let number = existing.length + 1;
  while (taken.has(`programme-${number}`)) number += 1;
  return {
    id: `programme-${number}`,
    name: { ...EMPTY },
    partners: { ...EMPTY },
    description: { kk: [], ru: [], en: [] },
  };
}

function DateField({
  label,
  field,
  value,
  onChange,
}: {
  label: string;
  field: string;
  value: string;
  onChange(value: string): void;
}) {
  const { strings, language } = useCuratorStrings();
  const problems = useFieldProblems(field);
  const id = `studio-${field.replace(/\./g, '-')}`;
  return (
    <div className="studio-form__date">
      <label htmlFor={id} className="studio-row__label">
        {label}
      </label>
      <input
        id={id}
        type="date"
        className="studio-field__input"
        value={value}
        aria-invalid={problems.length > 0 || undefined}
        aria-describedby={`${id}-problem`}
        onChange={(event) => onChange(event.target.value)}
      />
      <p id={`${id}-problem`} className="studio-field__problem">
        {problems.map((problem) => problemText(problem, strings, language)).join(' ')}
      </p>
    </div>
  );
}
