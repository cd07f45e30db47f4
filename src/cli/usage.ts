/** The help of the command line, per command. */
export const USAGE = {
  main: `Usage: chip-incentives <command> [options]

Exact, cited assessments of regional semiconductor incentive policies.

Commands:
  evaluate <project.json|->   Assess a project under one policy
  compare <project.json|->    Assess a project under every policy in force, side by side
  policies                    List the policies and their rules
  schema                      Print the JSON Schema of a project (or of a policy definition)
  explain <rule-id>           Explain a rule: its parameters, source sentence and interpretations

Options for every command:
  -h, --help                  Show the help of a command
  -v, --version               Show the version

Exit status: 0 on success, 1 on invalid input, 2 on a usage error.
Run "chip-incentives <command> --help" for a command's options.
`,
  evaluate: `Usage: chip-incentives evaluate <project.json|-> --policy <id|pack.json> [options]

Reads the project (JSON) from the file, or from standard input with "-" or when piped.

Options:
  -p, --policy <id|file>      The policy: a built-in id (see "chip-incentives policies") or a pack JSON file
      --as-of <YYYY-MM-DD>    The assessment date (default: the project's asOf)
  -i, --interpret <id=value>  Choose a reading of an interpretation (repeatable)
  -o, --override <rule.param=value>
                              Replace a parameter, e.g. qingshan-lake-2018/project-co-investment.ceiling=50000000 (repeatable)
  -f, --format <format>       text (default), markdown, csv or json
  -l, --locale <locale>       en (default) or zh
  -h, --help                  Show this help
`,
  compare: `Usage: chip-incentives compare <project.json|-> [options]

Options:
      --policies <a,b,...>    The policies to compare (default: every one in force)
      --as-of <YYYY-MM-DD>    The assessment date (default: the project's asOf)
  -i, --interpret <id=value>  Choose a reading of an interpretation (repeatable)
  -f, --format <format>       text (default), markdown, csv or json
  -l, --locale <locale>       en (default) or zh
  -h, --help                  Show this help
`,
  policies: `Usage: chip-incentives policies [options]

Options:
      --as-of <YYYY-MM-DD>    Only the policies in force on this date
  -f, --format <format>       text (default), markdown or json
  -l, --locale <locale>       en (default) or zh
  -h, --help                  Show this help
`,
  schema: `Usage: chip-incentives schema [options]

Prints the JSON Schema (draft 2020-12) of a project.

Options:
      --policy-definition     Print the schema of a policy definition instead
  -h, --help                  Show this help
`,
  explain: `Usage: chip-incentives explain <rule-id> [options]

Options:
  -f, --format <format>       text (default), markdown or json
  -l, --locale <locale>       en (default) or zh
  -h, --help                  Show this help
`,
} as const;

export type Command = Exclude<keyof typeof USAGE, 'main'>;
