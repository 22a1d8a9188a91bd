package io.concord.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code concord bench ...}: the benchmarks; each subcommand prints a table and writes JSON. */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Run a benchmark on evaluation data; prints a table and writes JSON.",
        subcommands = {
                RougeParityCommand.class,
                BenchExtractCommand.class,
                BenchQuotesCommand.class,
                BenchTimexCommand.class,
                BenchCleanCommand.class,
                BenchEntitiesCommand.class,
                BenchSummarizeCommand.class,
        })
public final class BenchCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }
}
