/** An empty home folder for the CLI processes a test starts: the developer's own ~/.config never changes what a test sees. */
export declare function testHome(): string;
