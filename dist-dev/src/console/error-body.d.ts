/** An error as the page shows it: the problem, the fix, and the options (form fields) it names. */
export interface ErrorBody {
    readonly error: string;
    readonly fix?: string;
    readonly fields: readonly string[];
    /** 400 bad input (nothing written), 409 refused for the store's state, 500 a failure (what was written is rolled back). */
    readonly status: 400 | 409 | 500;
}
export declare function errorBody(err: unknown): ErrorBody;
