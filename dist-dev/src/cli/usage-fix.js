/** `scale-up template` for that command (the program itself is ''). */
function commandPath(command) {
    const names = [];
    for (let c = command; c?.parent; c = c.parent)
        names.unshift(c.name());
    return names.join(' ');
}
/** The quoted flag a commander message names (`option '--resources <n>' …` → `--resources <n>`). */
const flagIn = (message) => /option '([^']+)'/.exec(message)?.[1];
/**
 * The fix for an error commander found on the command line (its message names the problem), so
 * that these errors end with a `fix:` line like every other usage error; undefined for help and
 * version, which are not errors.
 */
export function usageFix(err, command) {
    if (err.exitCode === 0)
        return undefined;
    const path = commandPath(command);
    const help = `tenant-scale ${path ? `${path} ` : ''}--help`;
    const flag = flagIn(err.message);
    switch (err.code) {
        case 'commander.missingMandatoryOptionValue':
            return `pass ${flag ?? 'the option'} (${help} describes it)`;
        case 'commander.optionMissingArgument':
            return `give ${flag ?? 'the option'} a value (${help} describes it)`;
        case 'commander.invalidArgument':
            return `pass ${flag ? `${flag.split(' ')[0]} ` : ''}a value the message allows (${help} describes it)`;
        case 'commander.unknownOption':
            return `drop it or correct its spelling; ${help} lists the options`;
        case 'commander.unknownCommand':
            return `${help} lists the commands`;
        case 'commander.excessArguments':
            return `drop the extra argument (every value follows its --flag); ${help} lists the options`;
        case 'commander.help':
            return command.commands.length > 0
                ? `add a command: ${command.commands.map((c) => `tenant-scale ${path ? `${path} ` : ''}${c.name()}`).join(', ')}`
                : `see ${help}`;
        default:
            return `see ${help}`;
    }
}
//# sourceMappingURL=usage-fix.js.map