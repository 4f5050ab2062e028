// Runs in: renderer. A photograph framed on its focal point, with its blurred placeholder underneath
// until the real image is decoded. Decoding starts as soon as it mounts, so neighbours are ready.
import { useEffect, useRef, useState } from 'react';
import type { Photo } from '../../../common/content-schema';
import { portraitSources } from './portrait-sources';

export interface PortraitProps {
  photo: Photo;
  assetBaseUrl: string;
  /** Empty for images that only decorate (the neighbours, the attract loop). */
  alt: string;
  className?: string;
  variant?: 'portrait' | 'thumbnail';
  /** The image on screen now (not a neighbour or a thumbnail): fetched ahead of everything else. */
  priority?: boolean;
}

export function Portrait({
  photo,
  assetBaseUrl,
  alt,
  className,
  variant = 'portrait',
  priority = false,
}: PortraitProps) {
  const imageRef = useRef<HTMLImageElement>(null);
  const [decoded, setDecoded] = useState(false);
  const { src, srcSet, sizes } = portraitSources(photo, assetBaseUrl, variant);

  useEffect(() => {
    const image = imageRef.current;
    if (!image) return;
    let current = true;
    setDecoded(false);
    // decode() resolves once the pixels are ready, so the swap from placeholder never flickers.
    image
      .decode()
      .then(() => {
        if (current) setDecoded(true);
      })
      .catch(() => {
        // A missing file keeps its placeholder; the content check reports it to staff.
      });
    return () => {
      current = false;
    };
  }, [src]);

  const objectPosition = `${photo.focalPoint.x * 100}% ${photo.focalPoint.y * 100}%`;
  return (
    <div
      className={`portrait ${className ?? ''}`}
      style={{ backgroundImage: `url("${photo.placeholder}")`, backgroundPosition: objectPosition }}
    >
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
    </div>
  );
}
