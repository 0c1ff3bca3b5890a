import { existsSync } from 'node:fs';
/** The Chromium the browser tests drive: TENANT_SCALE_CHROMIUM, else Debian's. Missing, the tests fail saying how to install it (never skip). */
export function chromiumPath() {
    const candidates = [process.env.TENANT_SCALE_CHROMIUM, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/snap/bin/chromium'].filter(Boolean);
    const found = candidates.find((p) => existsSync(p));
    if (!found)
        throw new Error('no Chromium for the browser tests: install it (Debian/Ubuntu: sudo apt-get install -y chromium; .ci/run does this) or set TENANT_SCALE_CHROMIUM to its path');
    return found;
}
//# sourceMappingURL=chromium.js.map