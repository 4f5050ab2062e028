// Runs in: main process (also Node tools). `export.json`, the label on every statistics export: which
// kiosk (its random id and its name), when, and by which app version. A merge tells exports apart by
// `exportId` (the same folder given twice) and kiosks by `kioskId` (an older export of the same kiosk
// is already inside its newer one: the statistics log only grows). A combined report carries
// `combined.json` instead, so it is never mistaken for one kiosk's export.
import { z } from 'zod';
import type { KioskRef } from './kiosk-stats';

export const EXPORT_MANIFEST_FILE = 'export.json';
export const COMBINED_MANIFEST_FILE = 'combined.json';
export const EXPORT_FORMAT = 'heroes-of-children-stats-export';
export const COMBINED_FORMAT = 'heroes-of-children-stats-combined';
export const EXPORT_FORMAT_VERSION = 1;

const idText = z.string().regex(/^[0-9a-z-]{8,64}$/);

export const ExportManifestSchema = z.object({
  format: z.literal(EXPORT_FORMAT),
  formatVersion: z.number().int().min(1),
  exportId: idText,
  kioskId: idText,
  kioskName: z.string().min(1).max(200),
  exportedAt: z.iso.datetime(),
  appVersion: z.string().max(40),
});
export type ExportManifest = z.infer<typeof ExportManifestSchema>;

export function createExportManifest(input: {
  exportId: string;
  kiosk: KioskRef;
  exportedAt: number;
  appVersion: string;
}): ExportManifest {
  return {
    format: EXPORT_FORMAT,
    formatVersion: EXPORT_FORMAT_VERSION,
    exportId: input.exportId,
    kioskId: input.kiosk.id,
    kioskName: input.kiosk.name,
    exportedAt: new Date(input.exportedAt).toISOString(),
    appVersion: input.appVersion,
  };
}

export function manifestText(manifest: object): string {
  return `${JSON.stringify(manifest, null, 2)}\n`;
}

/** What a combined report says it covers, for whoever opens its folder later. */
export function combinedManifest(input: {
  generatedAt: number;
  exports: readonly ExportManifest[];
  notes: readonly string[];
}) {
  return {
    format: COMBINED_FORMAT,
    formatVersion: EXPORT_FORMAT_VERSION,
    generatedAt: new Date(input.generatedAt).toISOString(),
    exports: input.exports,
    notes: input.notes,
  };
}

export type ManifestCheck = { ok: true; manifest: ExportManifest } | { ok: false; problem: string };

export function parseExportManifest(text: string): ManifestCheck {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { ok: false, problem: `${EXPORT_MANIFEST_FILE} is not valid JSON` };
  }
  const parsed = ExportManifestSchema.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const field = issue?.path.join('.') || '(file)';
    return {
      ok: false,
      problem: `${EXPORT_MANIFEST_FILE} is not valid: ${field}: ${issue?.message ?? 'invalid'}`,
    };
  }
  if (parsed.data.formatVersion > EXPORT_FORMAT_VERSION) {
    return {
      ok: false,
      problem: `it was made by a newer version of the kiosk (format ${parsed.data.formatVersion}); update this tool`,
    };
  }
  return { ok: true, manifest: parsed.data };
}
