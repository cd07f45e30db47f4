/** What the command line reads and how it ends, as every help text says it. */
const INPUT_AND_EXIT = `Input: JSON and YAML files and standard input are read as UTF-8, up to 32 MiB (33,554,432 bytes);
a longer input is refused once that much is read. A leading byte-order mark is skipped.

Exit status: 0 on success, and when the reader of standard output stops early ("| head");
1 on invalid input, every problem listed with its path; 2 on a usage error: an option, a
command, a missing or unreadable file, a policy that is neither a built-in id nor a file;
3 when the library fails, a defect to report; 4 on an I/O error while reading or writing
(a failing or full disk).
`;

/** The help of the command line, per command. */
export const USAGE = {
  main: `Usage: chip-incentives <command> [options]

Exact, cited assessments of regional semiconductor incentive policies.

Commands:
  evaluate <project.json|->   Assess a project under one policy
  compare <project.json|->    Assess a project under every policy in force, side by side
  opportunities <project.json|->
                              What a project would have to change to get more under one policy
  policies                    List the policies and their rules
  schema                      Print the JSON Schema of a project (or of a policy definition)
  explain <rule-id>           Explain a rule: its parameters, source sentence and interpretations
  source <policy-id>          Print a policy's source, each sentence with its role in the policy

Options for every command:
  -h, --help                  Show the help of a command
  -v, --version               Show the version

${INPUT_AND_EXIT}
Run "chip-incentives <command> --help" for a command's options.
`,
  evaluate: `Usage: chip-incentives evaluate <project.json|-> --policy <id|pack.json|pack.yaml> [options]

Reads the project (JSON) from the file, or from standard input with "-" or when piped.

Options:
  -p, --policy <id|file>      The policy: a built-in id (see "chip-incentives policies") or a pack file,
                              JSON or YAML (.yaml, .yml)
      --as-of <YYYY-MM-DD>    The assessment date (default: the project's asOf)
  -i, --interpret <id=value>  Choose a reading of an interpretation (repeatable)
  -o, --override <rule-id.parameter=value>
                              Replace a parameter (repeatable; "chip-incentives explain <rule-id>"
                              names them), written in its unit: an amount or a rate as in a
                              project, months as a whole number, a tier table as JSON (null: not
                              published). For example:
      -o qingshan-lake-2018/project-co-investment.ceiling=50000000
      -o qingshan-lake-2018/talent-rent.months=48
      -o 'jiashan-2023/tiered-funding.tiers={"base":"finance.rdSpending","brackets":[{"from":"0","amount":"500000"}]}'
  -f, --format <format>       text (default), markdown, csv, json or html (a standalone page)
  -l, --locale <locale>       en (default) or zh
  -h, --help                  Show this help

${INPUT_AND_EXIT}`,
  compare: `Usage: chip-incentives compare <project.json|-> [options]

Options:
      --policies <a,b,...>    The policies to compare, separated by commas: built-in ids or pack files
                              (JSON or YAML) (default: every built-in policy in force)
      --as-of <YYYY-MM-DD>    The assessment date (default: the project's asOf)
  -i, --interpret <id=value>  Choose a reading of an interpretation (repeatable)
      --opportunities         Also say, per location, what the project would have to change to get more
                              (in every format; in csv as six columns last on each item's row)
  -f, --format <format>       text (default), markdown, csv, json or html (a standalone page)
  -l, --locale <locale>       en (default) or zh
  -h, --help                  Show this help

${INPUT_AND_EXIT}`,
  opportunities: `Usage: chip-incentives opportunities <project.json|-> --policy <id|pack.json|pack.yaml> [options]

For every item that is ineligible, or eligible below its ceiling, the smallest change of the
project's stated facts that makes it eligible or raises it, and what it would then give,
computed by evaluating the changed project. The library's readings are never changed.

Options:
  -p, --policy <id|file>      The policy: a built-in id (see "chip-incentives policies") or a pack file,
                              JSON or YAML (.yaml, .yml)
      --as-of <YYYY-MM-DD>    The assessment date (default: the project's asOf)
  -i, --interpret <id=value>  Choose a reading of an interpretation (repeatable)
  -o, --override <rule-id.parameter=value>
                              Replace a parameter (repeatable), as for evaluate
  -f, --format <format>       text (default), markdown, csv or json
  -l, --locale <locale>       en (default) or zh
  -h, --help                  Show this help

${INPUT_AND_EXIT}`,
  policies: `Usage: chip-incentives policies [options]

Options:
      --as-of <YYYY-MM-DD>    Only the policies in force on this date (a line says when there is none)
  -f, --format <format>       text (default), markdown or json
  -l, --locale <locale>       en (default) or zh
  -h, --help                  Show this help
`,
  schema: `Usage: chip-incentives schema [options]

Prints the JSON Schema (draft 2020-12) of a project.

Options:
  -p, --policy <id|file>      The schema of a project for that policy (a built-in id, or a pack file,
                              JSON or YAML): with the facts it declares of its own
      --policy-definition     Print the schema of a policy definition instead
  -h, --help                  Show this help
`,
  explain: `Usage: chip-incentives explain <rule-id> [options]

Options:
  -f, --format <format>       text (default), markdown or json
  -l, --locale <locale>       en (default) or zh
  -p, --policy <id|file>      Look the rule up in this policy (a built-in id, or a pack file,
                              JSON or YAML)
  -h, --help                  Show this help
`,
  source: `Usage: chip-incentives source <policy-id> [options]

Prints the source of a built-in policy, sentence by sentence, each with its role: the rules,
parameters, interpretations, funds or programme facts that cite it, or why it is context or
not about the policy. The sentences hold the whole source; a pack file carries no source.

Options:
  -f, --format <format>       text (default), markdown or json (the sentences with their offsets)
  -l, --locale <locale>       en (default) or zh (the labels and reasons; the source as written)
  -h, --help                  Show this help
`,
} as const;

export type Command = Exclude<keyof typeof USAGE, 'main'>;
