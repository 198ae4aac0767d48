// Finds a Chromium/Chrome for the browser, e2e and bench layers; never downloads a browser of its own.
import { existsSync } from 'node:fs';
import { execFileSync } from 'node:child_process';

// Chromium's headless shell first (Debian's chromium-headless-shell, what Playwright itself runs for
// headless): the same Blink without a browser window, whose tab strip and toolbar otherwise paint
// on the 2-core machines here while a page is measured or tested.
const CANDIDATES = [
  '/usr/lib/chromium/chromium-headless-shell',
  '/usr/bin/chromium-headless-shell',
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/snap/bin/chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
];

/** The launch flags proven on these machines (see README: root needs --no-sandbox). */
export const CHROME_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
  // Chromium's new headless mode preloads the omnibox popups (chrome://omnibox-popup.top-chrome/)
  // in a renderer of their own, which took a core for about a second after launch and 2-30 ms
  // inside each measured stage change of the bench: none of it the page's work.
  '--disable-features=WebUIOmniboxPopup,WebUIOmniboxAimPopup',
];

export function findChrome() {
  const fromEnv = process.env.CHROME_PATH;
  if (fromEnv) {
    if (existsSync(fromEnv)) return fromEnv;
    throw new Error(`CHROME_PATH is set to ${fromEnv}, but no file is there.`);
  }
  return CANDIDATES.find((p) => existsSync(p));
}

/**
 * Returns a browser path, installing Debian's chromium-headless-shell when that is possible and no
 * browser is there.
 */
export function ensureChrome() {
  const found = findChrome();
  if (found) return found;
  const isDebian = existsSync('/etc/debian_version');
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (isDebian && isRoot) {
    console.log(
      'No Chrome or Chromium found: installing Debian\'s "chromium-headless-shell" package with apt-get (about 30 s)...',
    );
    execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
    execFileSync('apt-get', ['install', '-y', '-qq', 'chromium-headless-shell'], {
      stdio: 'inherit',
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    });
    const installed = findChrome();
    if (installed) return installed;
  }
  console.error(
    'No Chrome or Chromium found. Install one (Debian: `apt-get install chromium-headless-shell`) ' +
      'or point CHROME_PATH at its executable, then run `npm test` again.',
  );
  process.exit(2);
}
