/**
 * `work` is refused with an error of this class whose message names `reason`: a refusal for
 * another reason (another class, or the same class about something else) fails the test.
 */
export declare function assertRefused(work: Promise<unknown>, type: abstract new (...args: never[]) => Error, reason: RegExp): Promise<void>;
/** `work()` throws an error of this class whose message names `reason` (the synchronous form of assertRefused). */
export declare function assertThrowsFor(work: () => unknown, type: abstract new (...args: never[]) => Error, reason: RegExp, what?: string): void;
