// Runs in: renderer (the studio's chunk). "Import from CSV": the button in the heroes list, and its
// dialog: what the import does, the folder to choose (Electron's dialog, or a folder picked in the
// browser), photo x of N while it runs, then the heroes it brought or every problem by row and column.
import './CsvImport.css';
import { useEffect, useRef } from 'react';
import type { Language } from '../../../common/content-schema';
import type { CsvProblem } from '../../../common/csv-problems';
import { HERO_CSV_COLUMNS } from '../../../common/heroes-csv-columns';
import { formatNumber } from './curator-format';
import { useCurator, useCuratorStrings } from './curator-context';
import { useCsvImport } from './csv-import-context';
import type { CsvImportView } from './csv-import-store';
import type { CsvImportStrings } from './csv-import-strings';
import { csvNumberFormat, csvProblemPlace, csvProblemWords } from './csv-problem-text';

export function CsvImportButton() {
  const { strings } = useCuratorStrings();
  const open = useCsvImport((state) => state.open);
  return (
    <button type="button" className="studio-button studio-button--small" onClick={open}>
      {strings.csvImport.open}
    </button>
  );
}

export function CsvImportDialog() {
  const { strings, language } = useCuratorStrings();
  const words = strings.csvImport;
  const view = useCsvImport((state) => state.view);
  const close = useCsvImport((state) => state.close);
  const working = view.phase === 'working';
  const isOpen = view.phase !== 'closed';
  const dialogRef = useRef<HTMLElement>(null);

  // Keyboard and screen reader users land in the dialog when it opens.
  useEffect(() => {
    if (isOpen) dialogRef.current?.focus();
  }, [isOpen]);

  useEffect(() => {
    if (view.phase === 'closed') return;
    const onKey = (event: KeyboardEvent): void => {
      if (event.key === 'Escape') close();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [view.phase, close]);

  if (view.phase === 'closed') return null;
  return (
    <div className="csv-import" role="presentation">
      <section
        ref={dialogRef}
        tabIndex={-1}
        className="csv-import__dialog"
        role="dialog"
        aria-modal="true"
        aria-labelledby="csv-import-title"
        aria-busy={working}
      >
        <header className="csv-import__top">
          <h2 id="csv-import-title" className="csv-import__title">
            {words.title}
          </h2>
          <button
            type="button"
            className="studio-button studio-button--quiet"
            onClick={close}
            disabled={working}
          >
            {words.close}
          </button>
        </header>
        {(view.phase === 'open' || view.phase === 'working') && (
          <div className="csv-import__intro">
            <p>{words.explain}</p>
            <p>{words.keepPhotos}</p>
            <p className="csv-import__hint">{words.columnsHint}</p>
            <code className="csv-import__columns">{HERO_CSV_COLUMNS.join(',')}</code>
          </div>
        )}
        <Outcome view={view} words={words} language={language} />
        {view.phase !== 'imported' && <ChooseFolder again={view.phase !== 'open'} />}
      </section>
    </div>
  );
}

function Outcome({
  view,
  words,
  language,
}: {
  view: CsvImportView;
  words: CsvImportStrings;
  language: Language;
}) {
  const number = (value: number): string => formatNumber(value, language);
  switch (view.phase) {
    case 'working': {
      const batch = view.progress?.batch;
      const text =
        batch && view.progress?.fileName
          ? words.photoOf(
              number(Math.min(batch.done + 1, batch.total)),
              number(batch.total),
              view.progress.fileName,
            )
          : words.checking;
      return (
        <div className="csv-import__status" role="status">
          <span>{text}</span>
          <progress
            className="csv-import__progress"
            max={1}
            value={batch ? view.progress?.fraction : undefined}
            aria-label={text}
          />
        </div>
      );
    }
    case 'imported':
      return (
        <>
          <p className="csv-import__notice csv-import__notice--ok" role="status">
            {words.imported(number(view.heroes), number(view.photos), number(view.keptPhotos))}
          </p>
          <ProblemList title={words.warningsTitle} problems={view.warnings} kind="warning" />
        </>
      );
    case 'refused':
      return (
        <>
          <p className="csv-import__notice csv-import__notice--error" role="alert">
            {words.refused(number(view.problems.length))}
          </p>
          <ProblemList title={words.problemsTitle} problems={view.problems} kind="error" />
          <ProblemList title={words.warningsTitle} problems={view.warnings} kind="warning" />
        </>
      );
    case 'failed':
      return (
        <p className="csv-import__notice csv-import__notice--error" role="alert">
          {words.failed[view.reason]}
        </p>
      );
    case 'too-large': {
      const format = csvNumberFormat(language);
      return (
        <p className="csv-import__notice csv-import__notice--error" role="alert">
          {words.uploadTooLarge(format.megabytes(view.bytes), format.megabytes(view.maxBytes))}
        </p>
      );
    }
    default:
      return null;
  }
}

function ProblemList({
  title,
  problems,
  kind,
}: {
  title: string;
  problems: readonly CsvProblem[];
  kind: 'error' | 'warning';
}) {
  const { strings, language } = useCuratorStrings();
  if (problems.length === 0) return null;
  return (
    <section className={`csv-import__problems csv-import__problems--${kind}`} aria-label={title}>
      <h3 className="csv-import__problems-title">{title}</h3>
      <ul className="csv-import__problem-list">
        {problems.map((problem, index) => {
          const place = csvProblemPlace(problem, strings.csvImport, language);
          return (
            <li key={index} className="csv-import__problem">
              {place && <span className="csv-import__place">{place}: </span>}
              {csvProblemWords(problem, strings.csvImport, language)}
            </li>
          );
        })}
      </ul>
    </section>
  );
}

/** The relative path of a picked file inside the picked folder (its first segment is the folder). */
function pathInFolder(file: File): string {
  const relative = file.webkitRelativePath;
  return relative ? relative.split('/').slice(1).join('/') : file.name;
}

function ChooseFolder({ again }: { again: boolean }) {
  const { strings } = useCuratorStrings();
  const words = strings.csvImport;
  const photoInput = useCurator((state) => state.photoInput);
  const busy = useCsvImport((state) => state.view.phase === 'working');
  const run = useCsvImport((state) => state.run);
  const folderInput = useRef<HTMLInputElement>(null);
  useEffect(() => {
    // Not a React attribute: the browser's folder picker is switched on here.
    if (folderInput.current) folderInput.current.webkitdirectory = true;
  }, []);
  const label = again ? words.chooseAgain : words.chooseFolder;
  if (photoInput === 'dialog') {
    return (
      <div className="csv-import__actions">
        <button
          type="button"
          className="studio-button studio-button--primary"
          disabled={busy}
          onClick={() => void run()}
        >
          {label}
        </button>
      </div>
    );
  }
  const picked = (input: HTMLInputElement): void => {
    const files = [...(input.files ?? [])].map((file) => ({ path: pathInFolder(file), file }));
    // The same folder picked again must fire a change too.
    input.value = '';
    if (files.length > 0) void run(files);
  };
  return (
    <div className="csv-import__actions">
      <label
        className={`studio-button studio-button--primary${busy ? ' studio-button--disabled' : ''}`}
      >
        {label}
        <input
          ref={folderInput}
          className="staff-visually-hidden"
          type="file"
          multiple
          disabled={busy}
          data-testid="csv-folder"
          onChange={(event) => picked(event.target)}
        />
      </label>
      <label className={`studio-button${busy ? ' studio-button--disabled' : ''}`}>
        {words.chooseFiles}
        <input
          className="staff-visually-hidden"
          type="file"
          multiple
          accept=".csv,.jpg,.jpeg,.png,.tif,.tiff,.webp"
          disabled={busy}
          data-testid="csv-files"
          onChange={(event) => picked(event.target)}
        />
      </label>
    </div>
  );
}
