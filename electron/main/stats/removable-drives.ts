// Runs in: main process. Where a USB stick is likely mounted, per platform. Node cannot ask the OS
// "is this removable?" directly, so each platform uses the convention its desktop follows; callers
// can inject their own list (tests, or a venue with an unusual setup).
import { execFile } from 'node:child_process';
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

/** Windows: logical disks of DriveType 2 (removable), asked of CIM through PowerShell (asynchronously:
 * it takes a second or two, and the main process must not stall meanwhile). */
export function windowsRemovableRoots(): Promise<string[]> {
  return new Promise((resolve) => {
    execFile(
      'powershell.exe',
      [
        '-NoProfile',
        '-NonInteractive',
        '-Command',
        '(Get-CimInstance Win32_LogicalDisk -Filter "DriveType=2").DeviceID',
      ],
      { encoding: 'utf8', timeout: 10_000, windowsHide: true },
      (error, stdout) => resolve(error ? [] : parseDriveLetters(stdout)),
    );
  });
}

/** "E:\r\nF:\r\n" -> ["E:\\", "F:\\"]; anything else on the lines is ignored. */
export function parseDriveLetters(output: string): string[] {
  return output
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => /^[A-Z]:$/i.test(line))
    .map((drive) => `${drive.toUpperCase()}\\`);
}

export async function defaultRemovableDriveRoots(): Promise<string[]> {
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
