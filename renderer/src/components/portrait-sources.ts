// Runs in: renderer. Which files a portrait loads: the 1080 px file, and the 2160 px one for screens
// that need it. Shared by <Portrait> and the start-up warm-up, so both ask for the same file.
import type { Photo } from '../../../common/content-schema';

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
