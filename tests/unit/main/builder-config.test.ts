// Runs in: Node (vitest). The installer configuration, checked with electron-builder's own validator
// (installers cannot be built on this machine).
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { Configuration } from 'app-builder-lib';
import { validateConfiguration } from 'app-builder-lib/out/util/config/config';
import { DebugLogger } from 'builder-util';
import { describe, expect, it } from 'vitest';

const require = createRequire(import.meta.url);
const root = path.resolve(__dirname, '../../..');
const config = require(path.join(root, 'electron-builder.config.cjs')) as Configuration;

describe('electron-builder configuration', () => {
  it("passes app-builder-lib's schema validation", async () => {
    await expect(
      validateConfiguration(structuredClone(config), new DebugLogger(false)),
    ).resolves.toBeUndefined();
  });

  it('the validator does reject a broken configuration', async () => {
    const broken = {
      ...structuredClone(config),
      electronFuses: { runAsNode: 'no' },
    } as unknown as Configuration;
    await expect(validateConfiguration(broken, new DebugLogger(false))).rejects.toThrow(
      /runAsNode/,
    );
  });

  it('burns the security fuses', () => {
    expect(config.electronFuses).toMatchObject({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      onlyLoadAppFromAsar: true,
      enableEmbeddedAsarIntegrityValidation: true,
      grantFileProtocolExtraPrivileges: false,
    });
    expect(config.asar).toBe(true);
  });

  it('ships the app, its content and images, and the main entry from package.json', () => {
    const packageJson = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')) as {
      main: string;
    };
    expect(packageJson.main).toBe('dist/electron/main.cjs');
    expect(config.files).toEqual(expect.arrayContaining(['dist/**', 'content.json', 'assets/**']));
  });

  it("ships sharp (the studio's photo pipeline) and its native binaries outside the asar", () => {
    expect(config.files).toEqual(
      expect.arrayContaining(['node_modules/sharp/**', 'node_modules/@img/**']),
    );
    expect(config.asarUnpack).toEqual(
      expect.arrayContaining(['node_modules/sharp/**', 'node_modules/@img/**']),
    );
    // Every module sharp itself requires is shipped too.
    const sharpPackage = JSON.parse(
      fs.readFileSync(path.join(root, 'node_modules/sharp/package.json'), 'utf8'),
    ) as { dependencies: Record<string, string> };
    for (const name of Object.keys(sharpPackage.dependencies)) {
      const folder = name.startsWith('@') ? name.split('/')[0] : name;
      expect(config.files).toContain(`node_modules/${folder}/**`);
    }
  });

  it('Windows: a second shortcut opens the curator studio (--curator), never at login', () => {
    const include = fs.readFileSync(path.join(root, String(config.nsis?.include)), 'utf8');
    expect(include).toContain('!define CURATOR_SHORTCUT "${PRODUCT_NAME} - Curator.lnk"');
    const install = /!macro customInstall([\s\S]*?)!macroend/.exec(include)?.[1] ?? '';
    expect(install).toMatch(
      /CreateShortCut "\$DESKTOP\\\$\{CURATOR_SHORTCUT\}" "[^"]+" "--curator"/,
    );
    expect(install).toMatch(
      /CreateShortCut "\$SMPROGRAMS\\\$\{CURATOR_SHORTCUT\}" "[^"]+" "--curator"/,
    );
    expect(install).not.toMatch(/\$SMSTARTUP[^\n]*--curator/);
    const uninstall = /!macro customUnInstall([\s\S]*?)!macroend/.exec(include)?.[1] ?? '';
    expect(uninstall).toContain('Delete "$DESKTOP\\${CURATOR_SHORTCUT}"');
    expect(uninstall).toContain('Delete "$SMPROGRAMS\\${CURATOR_SHORTCUT}"');
  });

  it('Linux: the deb adds "Heroes of Children - Curator" to the applications menu', () => {
    const desktop = fs.readFileSync(path.join(root, 'build/linux/curator.desktop'), 'utf8');
    expect(desktop).toContain('Name=Heroes of Children - Curator');
    expect(desktop).toContain(`Exec=${config.linux?.executableName} --curator`);
    expect(config.linux?.extraResources).toEqual(
      expect.arrayContaining([{ from: 'build/linux/curator.desktop', to: 'curator.desktop' }]),
    );
    const afterInstall = fs.readFileSync(path.join(root, String(config.deb?.afterInstall)), 'utf8');
    expect(afterInstall).toContain("resources/curator.desktop' '/usr/share/applications/");
    const afterRemove = fs.readFileSync(path.join(root, String(config.deb?.afterRemove)), 'utf8');
    expect(afterRemove).toContain('/usr/share/applications/${executable}-curator.desktop');
  });

  it('Windows: per-machine NSIS with a desktop shortcut and a Startup shortcut', () => {
    expect(config.win?.target).toEqual([{ target: 'nsis', arch: ['x64'] }]);
    expect(config.nsis).toMatchObject({
      perMachine: true,
      oneClick: false,
      createDesktopShortcut: 'always',
    });
    const include = fs.readFileSync(path.join(root, String(config.nsis?.include)), 'utf8');
    expect(include).toMatch(/!macro customInstall[\s\S]*CreateShortCut "\$SMSTARTUP\\/);
    expect(include).toMatch(/!macro customUnInstall[\s\S]*Delete "\$SMSTARTUP\\/);
  });

  it('Linux: AppImage and deb, and the deb installs an autostart entry', () => {
    expect(config.linux?.target).toEqual(['AppImage', 'deb']);
    const afterInstall = fs.readFileSync(path.join(root, String(config.deb?.afterInstall)), 'utf8');
    expect(afterInstall).toContain('/etc/xdg/autostart/');
    // electron-builder's own steps are kept (the app cannot start without chrome-sandbox set up).
    expect(afterInstall).toContain('chrome-sandbox');
    const afterRemove = fs.readFileSync(path.join(root, String(config.deb?.afterRemove)), 'utf8');
    expect(afterRemove).toContain('/etc/xdg/autostart/');
    const desktop = fs.readFileSync(path.join(root, 'build/linux/autostart.desktop'), 'utf8');
    expect(desktop).toMatch(/^\[Desktop Entry\]/);
    expect(desktop).toContain(`Exec=${config.linux?.executableName}`);
    expect(fs.existsSync(path.join(root, 'build/icon.png'))).toBe(true);
  });
});
