// Runs in: renderer (the studio's chunk). The CSV import dialog's store reaches the studio's screens
// (the list's "Import from CSV" and the dialog itself) through a context, one per open studio.
import { createContext, useContext } from 'react';
import { useStore } from 'zustand';
import type { CsvImportState, CsvImportStore } from './csv-import-store';

export const CsvImportContext = createContext<CsvImportStore | null>(null);

export function useCsvImport<Selected>(selector: (state: CsvImportState) => Selected): Selected {
  const store = useContext(CsvImportContext);
  if (!store) throw new Error('the CSV import was used outside the studio');
  return useStore(store, selector);
}
