package io.concord.fetch;

import java.nio.file.Path;
import java.util.List;

/**
 * What a {@link FeedFetcher} run did.
 *
 * @param articlesFile the JSON Lines file of articles written
 * @param problemsFile the JSON Lines file of problems written
 * @param written      how many articles were written
 * @param problems     every feed or item that gave no article
 */
public record FetchReport(Path articlesFile, Path problemsFile, int written, List<FetchProblem> problems) {
    public FetchReport {
        problems = List.copyOf(problems);
    }
}
