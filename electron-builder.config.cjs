// Runs in: Node (tools). electron-builder configuration for `npm run dist`: Windows NSIS installer
// (per machine, desktop + Startup shortcuts) and Linux AppImage + deb (deb adds an autostart entry).
// tests/unit/main/builder-config.test.ts validates it with app-builder-lib's own validator.

/** sharp and what it requires at run time (see its package.json). */
const SHARP_MODULES = ['sharp', '@img', 'detect-libc', 'semver'];

/** @type {import('app-builder-lib').Configuration} */
module.exports = {
  appId: 'org.unicef.kazakhstan.heroes-of-children.kiosk',
  productName: 'Heroes of Children',
  copyright: 'UNICEF Kazakhstan',
  directories: { output: 'release', buildResources: 'build' },
  // The app: bundled main/preload/renderer, and the shipped content with its images.
  // Everything is bundled by esbuild and Vite except sharp, the curator studio's photo pipeline: a
  // native module, shipped with its small dependencies and the @img binaries of the build machine's
  // platform (building for Windows on Linux needs `npm install --os=win32 --cpu=x64 sharp` first).
  files: [
    'dist/**',
    '!dist/**/*.map',
    'content.json',
    'assets/**',
    'package.json',
    '!node_modules/**',
    ...SHARP_MODULES.map((name) => `node_modules/${name}/**`),
  ],
  asar: true,
  // Native code cannot be loaded from inside the asar archive.
  asarUnpack: ['node_modules/sharp/**', 'node_modules/@img/**'],
  npmRebuild: false,
  electronFuses: {
    runAsNode: false,
    // Cookie encryption stays off: the app keeps no cookies, and on Linux it would ask the desktop
    // keyring, which can pop up an unlock prompt on an auto-login kiosk.
    enableNodeOptionsEnvironmentVariable: false,
    enableNodeCliInspectArguments: false,
    enableEmbeddedAsarIntegrityValidation: true,
    onlyLoadAppFromAsar: true,
    grantFileProtocolExtraPrivileges: false,
  },
  win: {
    target: [{ target: 'nsis', arch: ['x64'] }],
    icon: 'build/icon.png',
  },
  nsis: {
    oneClick: false,
    perMachine: true,
    allowElevation: true,
    allowToChangeInstallationDirectory: false,
    createDesktopShortcut: 'always',
    createStartMenuShortcut: true,
    shortcutName: 'Heroes of Children',
    runAfterFinish: true,
    deleteAppDataOnUninstall: false,
    // Adds the Startup-folder shortcut so the kiosk opens at login.
    include: 'build/installer.nsh',
  },
  linux: {
    target: ['AppImage', 'deb'],
    icon: 'build/icon.png',
    category: 'Education',
    executableName: 'heroes-of-children-kiosk',
    synopsis: 'Heroes of Children exhibition kiosk',
    extraResources: [
      { from: 'build/linux/autostart.desktop', to: 'autostart.desktop' },
      // The curator studio's menu entry, installed by the deb's after-install script.
      { from: 'build/linux/curator.desktop', to: 'curator.desktop' },
    ],
  },
  deb: {
    afterInstall: 'build/linux/after-install.sh',
    afterRemove: 'build/linux/after-remove.sh',
  },
};
