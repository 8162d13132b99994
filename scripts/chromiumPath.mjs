// The system Chromium the measuring scripts drive: CHROME_PATH if set, else `chromium` on the PATH.
import { execFileSync } from 'node:child_process';

export function chromiumPath() {
  if (process.env.CHROME_PATH) return process.env.CHROME_PATH;
  try {
    return execFileSync('/bin/sh', ['-c', 'command -v chromium'], { encoding: 'utf8' }).trim();
  } catch {
    console.error('No Chromium found: install one (on Debian or Ubuntu: `sudo apt-get install chromium`) or set CHROME_PATH.');
    process.exit(2);
  }
}
