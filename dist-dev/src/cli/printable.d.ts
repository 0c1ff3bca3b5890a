/** `text` with every hidden character written as `\n`, `\r`, `\t` or `\uXXXX`. */
export declare function printable(text: string): string;
