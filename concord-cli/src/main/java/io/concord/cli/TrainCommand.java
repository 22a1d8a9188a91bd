package io.concord.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code concord train ...}: trains the models Concord ships. */
@Command(name = "train", mixinStandardHelpOptions = true,
        description = "Train a model from data; writes the model file.",
        subcommands = {
                TrainSummarizerCommand.class,
        })
public final class TrainCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }
}
