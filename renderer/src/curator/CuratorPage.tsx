// Runs in: renderer (the studio's chunk). The studio as a page of its own: /curator in the web
// preview and the `--curator` window of the installed app. Never the kiosk's lockdown: text can be
// selected, pasted and scrolled like in any desktop tool.
import { useEffect } from 'react';
import { CuratorStudio } from './CuratorStudio';
import { useCuratorStrings } from './curator-context';

export function CuratorPage() {
  const { strings } = useCuratorStrings();
  useEffect(() => {
    document.documentElement.classList.add('curator-page');
  }, []);
  useEffect(() => {
    document.title = `${strings.studio} · ${strings.exhibitionName}`;
  }, [strings]);
  return <CuratorStudio />;
}
