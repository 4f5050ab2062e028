// Runs in: Node (tools). Draws the installer/app icon (build/icon.png, 512x512) with sharp, so the
// icon is made from source instead of being an opaque binary: `node build/make-icon.mjs`.
import { fileURLToPath } from 'node:url';
import sharp from 'sharp';

const SIZE = 512;
// A child figure under a sheltering arc, on the kiosk's dark background with UNICEF cyan.
const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${SIZE}" height="${SIZE}" viewBox="0 0 512 512">
  <rect width="512" height="512" rx="96" fill="#101418"/>
  <path d="M96 300 A160 160 0 0 1 416 300" fill="none" stroke="#1cabe2" stroke-width="36" stroke-linecap="round"/>
  <circle cx="256" cy="250" r="46" fill="#f4f1ea"/>
  <path d="M186 420 C186 350 216 316 256 316 C296 316 326 350 326 420 Z" fill="#f4f1ea"/>
</svg>`;

const output = fileURLToPath(new URL('./icon.png', import.meta.url));
await sharp(Buffer.from(svg)).png().toFile(output);
console.log(`Wrote ${output}`);
