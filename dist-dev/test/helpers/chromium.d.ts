/** The Chromium the browser tests drive: TENANT_SCALE_CHROMIUM, else Debian's. Missing, the tests fail saying how to install it (never skip). */
export declare function chromiumPath(): string;
