// Runs in: main process. Where a USB stick is likely mounted, per platform. Node cannot ask the OS
// "is this removable?" directly, so each platform uses the convention its desktop follows; callers
// can inject their own list (tests, or a venue with an unusual setup).
import { execFileSync } from 'node:child_process';
import { readdirSync, realpathSync, statSync } from 'node:fs';
import { userInfo } from 'node:os';
import { join } from 'node:path';

function subdirectories(parent: string): string[] {
  try {
    return readdirSync(parent)
      .sort()
      .map((name) => join(parent, name))
      .filter((path) => {
        try {
          return statSync(path).isDirectory();
        } catch {
          return false;
        }
      });
  } catch {
    return [];
  }
}

/** Linux desktops (udisks2) mount sticks at /media/<user>/<label> or /run/media/<user>/<label>. */
export function linuxRemovableRoots(
  user: string,
  mountBases: readonly string[] = ['/media', '/run/media'],
): string[] {
  return mountBases.flatMap((base) => subdirectories(join(base, user)));
}

/** macOS mounts every volume under /Volumes; the startup disk is a link to / and is skipped. */
export function macRemovableRoots(): string[] {
  return subdirectories('/Volumes').filter((path) => {
    try {
      return realpathSync(path) !== '/';
    } catch {
      return false;
    }
  });
}

/** Windows: logical disks of DriveType 2 (removable), asked of CIM through PowerShell. */
export function windowsRemovableRoots(): string[] {
  try {
    const output = execFileSync(
      'powershell.exe',
      [
        '-NoProfile',
        '-NonInteractive',
        '-Command',
        '(Get-CimInstance Win32_LogicalDisk -Filter "DriveType=2").DeviceID',
      ],
      { encoding: 'utf8', timeout: 5000, windowsHide: true },
    );
    return output
      .split(/\r?\n/)
      .map((line) => line.trim())
      .filter((line) => /^[A-Z]:$/i.test(line))
      .map((drive) => `${drive.toUpperCase()}\\`);
  } catch {
    return [];
  }
}

export function defaultRemovableDriveRoots(): string[] {
  switch (process.platform) {
    case 'linux':
      return linuxRemovableRoots(userInfo().username);
    case 'darwin':
      return macRemovableRoots();
    case 'win32':
      return windowsRemovableRoots();
    default:
      return [];
  }
}
