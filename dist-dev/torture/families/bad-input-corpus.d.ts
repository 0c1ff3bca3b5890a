/**
 * The bad-input corpus: every case is a command line (and maybe an environment and files) that
 * must be refused with exit 2, a message naming the problem's field and rule (`expect`) and a
 * `fix:` line, writing nothing. Placeholders in args, env and file names:
 *   {db}  the store under test      {A} {B}  its two tenants      {op}  A's completed scale-up
 *   {del} B's scale-down delete      {backup} B's backup file      {export} A exported as json
 *   {dir} the case's own directory (files are written there; nothing else may appear in it)
 *   {none} a SQLite path that does not exist and must not be created
 */
export interface Fixtures {
    /** The text of `{export}`: tenant A with its Original layer, as `export` writes it. */
    readonly exportJson: string;
    /** The text of `{backup}`: what B's scale-down delete wrote. */
    readonly backupJson: string;
}
export type FileText = string | Buffer | ((fx: Fixtures) => string | Buffer);
export interface BadInputCase {
    /** The table's command column: `scale-up template`, `import`, `(global)`, … */
    readonly area: string;
    /** The table's fault column: bad flags, environment, config file, scenario file, … */
    readonly fault: string;
    readonly name: string;
    readonly args: readonly string[];
    readonly env?: Readonly<Record<string, string>>;
    /** Files written into {dir} before the run, by name. */
    readonly files?: Readonly<Record<string, FileText>>;
    /** Directories made in {dir} before the run (a directory where a file belongs). */
    readonly dirs?: readonly string[];
    /**
     * stderr must match: the problem's field or flag and the rule it broke (a value, a limit, a
     * file and what is wrong with it), so that a refusal for another reason does not pass.
     */
    readonly expect: RegExp;
}
/** Every case, in a stable order. */
export declare const BAD_INPUT_CORPUS: readonly BadInputCase[];
