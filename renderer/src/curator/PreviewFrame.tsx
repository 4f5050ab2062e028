// Runs in: renderer (the studio's chunk). A kiosk screen inside the studio: an iframe the size of the
// real screen (its own viewport, so the visitor styles' 1vmin unit and orientation rules apply as on
// the kiosk), scaled down to fit, with the visitor components rendered into it through a portal.
// The iframe has no src (no navigation, nothing for the CSP's frame-src to refuse); it gets the
// page's own stylesheets.
import { useLayoutEffect, useRef, useState } from 'react';
import type { ReactNode } from 'react';
import { createPortal } from 'react-dom';
import { useElementWidth } from '../hooks/use-element-width';

export interface ScreenSize {
  width: number;
  height: number;
}

export function PreviewFrame({
  screen,
  title,
  lang,
  children,
}: {
  screen: ScreenSize;
  title: string;
  lang: string;
  children: ReactNode;
}) {
  const frameRef = useRef<HTMLIFrameElement>(null);
  const [mount, setMount] = useState<HTMLElement | null>(null);
  const boxRef = useRef<HTMLDivElement>(null);
  const boxWidth = useElementWidth(boxRef);
  const scale = boxWidth > 0 ? boxWidth / screen.width : 0;

  useLayoutEffect(() => {
    const frameDocument = frameRef.current?.contentDocument;
    if (!frameDocument) return;
    frameDocument.head.replaceChildren(
      ...[...document.querySelectorAll('link[rel="stylesheet"], style')].map((node) =>
        node.cloneNode(true),
      ),
    );
    // The page's language; the screen's own is on the wrapper below.
    frameDocument.documentElement.lang = document.documentElement.lang || 'kk';
    const root = frameDocument.createElement('div');
    root.className = 'studio-preview-root';
    // Shown, not used: no focus or click inside reaches the visitor components.
    root.inert = true;
    frameDocument.body.replaceChildren(root);
    setMount(root);
  }, []);

  return (
    <div
      className="preview-frame"
      ref={boxRef}
      style={{ aspectRatio: `${screen.width} / ${screen.height}` }}
    >
      <iframe
        ref={frameRef}
        className="preview-frame__screen"
        title={title}
        width={screen.width}
        height={screen.height}
        // Visitor-only content: keyboard users stay in the studio's own controls.
        tabIndex={-1}
        style={{ transform: `scale(${scale})`, visibility: scale > 0 ? 'visible' : 'hidden' }}
      />
      {mount && createPortal(<div lang={lang}>{children}</div>, mount)}
    </div>
  );
}
