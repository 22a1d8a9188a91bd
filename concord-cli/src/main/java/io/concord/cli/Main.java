package io.concord.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code concord} command: a thin shell over the core library and the evaluation tools. */
@Command(name = "concord", mixinStandardHelpOptions = true, version = "concord 0.1.0",
        description = "Turns many news reports about one story into one sourced account of it.",
        subcommands = {
                CommandLine.HelpCommand.class,
                BriefCommand.class,
                BenchCommand.class,
                SummarizeCommand.class,
                TrainCommand.class,
                TimexCommand.class,
                IngestCommand.class,
                ExtractCommand.class,
                FetchCommand.class,
        })
public final class Main implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }

    public static void main(String[] args) {
        io.concord.nlp.NlpLogging.quiet();
        int code = new CommandLine(new Main()).execute(args);
        System.exit(code);
    }
}
