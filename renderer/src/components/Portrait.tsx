// Runs in: renderer. A photograph framed on its focal point, with its blurred placeholder underneath
// until the real image is decoded. Decoding starts as soon as it mounts, so neighbours are ready.
import { useEffect, useEffectEvent, useRef, useState } from 'react';
import type { Photo } from '../../../common/content-schema';
import { focalPosition, portraitSources } from '../../../common/portrait-sources';
import './Portrait.css';

export interface PortraitProps {
  photo: Photo;
  assetBaseUrl: string;
  /** Empty for images that only decorate (the neighbours, the attract loop). */
  alt: string;
  className?: string;
  variant?: 'portrait' | 'thumbnail';
  /** The image on screen now (not a neighbour or a thumbnail): fetched ahead of everything else. */
  priority?: boolean;
  /** Called once the image is decoded or has failed to decode: either way it will not change. */
  onSettled?: () => void;
  /**
   * False shows the blurred placeholder alone, without fetching or decoding the photograph: for a
   * carousel card away from the one on screen.
   */
  withImage?: boolean;
}

export function Portrait({
  photo,
  assetBaseUrl,
  alt,
  className,
  variant = 'portrait',
  priority = false,
  onSettled,
  withImage = true,
}: PortraitProps) {
  const imageRef = useRef<HTMLImageElement>(null);
  const [decoded, setDecoded] = useState(false);
  const { src, srcSet, sizes } = portraitSources(photo, assetBaseUrl, variant);
  // An effect event: a new callback on each render must not start the decode again.
  const settle = useEffectEvent(() => onSettled?.());

  useEffect(() => {
    const image = imageRef.current;
    if (!image) return;
    let current = true;
    // decode() resolves once the pixels are ready, so the swap from placeholder never flickers.
    image
      .decode()
      .then(() => {
        if (current) setDecoded(true);
      })
      .catch(() => {
        // A missing file keeps its placeholder; the content check reports it to staff.
      })
      .finally(() => {
        if (current) settle();
      });
    return () => {
      current = false;
      // The next image (a new source, or this one mounted again later) starts hidden again.
      setDecoded(false);
    };
  }, [src, withImage]);

  const objectPosition = focalPosition(photo);
  return (
    <div
      className={`portrait ${className ?? ''}`}
      style={{ backgroundImage: `url("${photo.placeholder}")`, backgroundPosition: objectPosition }}
    >
      {withImage && (
        <img
          ref={imageRef}
          className={decoded ? 'portrait__image portrait__image--ready' : 'portrait__image'}
          src={src}
          srcSet={srcSet}
          sizes={sizes}
          alt={alt}
          aria-hidden={alt === '' ? true : undefined}
          decoding="async"
          fetchPriority={priority ? 'high' : undefined}
          draggable={false}
          style={{ objectPosition }}
        />
      )}
    </div>
  );
}
