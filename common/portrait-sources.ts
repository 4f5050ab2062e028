// Runs in: every process. Which files a portrait loads: the 1080 px file, and the 2160 px one for screens
// that need it. Shared by <Portrait>, the renderer's start-up warm-up and the first frame the main
// process writes into index.html, so all of them ask for the same file.
import type { Photo } from './content-schema';

export interface PortraitSources {
  src: string;
  srcSet: string | undefined;
  sizes: string | undefined;
}

export function portraitSources(
  photo: Photo,
  assetBaseUrl: string,
  variant: 'portrait' | 'thumbnail' = 'portrait',
): PortraitSources {
  const src = assetBaseUrl + (variant === 'thumbnail' ? photo.thumbnail : photo.portrait);
  const srcSet =
    variant === 'portrait' && photo.portrait4k
      ? `${assetBaseUrl + photo.portrait} 1080w, ${assetBaseUrl + photo.portrait4k} 2160w`
      : undefined;
  return { src, srcSet, sizes: srcSet ? '100vw' : undefined };
}

/** CSS position of the photograph's focal point, for object-position and background-position. */
export function focalPosition(photo: Photo): string {
  return `${photo.focalPoint.x * 100}% ${photo.focalPoint.y * 100}%`;
}
