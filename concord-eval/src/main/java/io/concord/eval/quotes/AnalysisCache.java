package io.concord.eval.quotes;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.ToStringSerializer;
import io.concord.article.Article;
import io.concord.nlp.AnalyzedArticle;
import io.concord.nlp.Analyzer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

/**
 * Keeps analysed articles as JSON files in a folder so that re-running a benchmark skips CoreNLP. An entry is
 * used only when its article text is identical to the one being analysed.
 */
final class AnalysisCache {
    private final Path dir;
    private final Analyzer analyzer;
    private final ObjectMapper mapper = new ObjectMapper();

    AnalysisCache(Path dir, Analyzer analyzer) {
        this.dir = dir;
        this.analyzer = analyzer;
        SimpleModule dates = new SimpleModule();
        dates.addSerializer(LocalDate.class, ToStringSerializer.instance);
        dates.addDeserializer(LocalDate.class, new JsonDeserializer<>() {
            @Override
            public LocalDate deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
                return LocalDate.parse(p.getValueAsString());
            }
        });
        mapper.registerModule(dates);
    }

    AnalyzedArticle analyze(String key, Article article) {
        if (dir == null) {
            return analyzer.analyze(article);
        }
        Path file = dir.resolve(key + ".json");
        try {
            if (Files.isRegularFile(file)) {
                AnalyzedArticle cached = mapper.readValue(file.toFile(), AnalyzedArticle.class);
                if (cached.article().text().equals(article.text())) {
                    return new AnalyzedArticle(article, cached.sentences());
                }
            }
            AnalyzedArticle fresh = analyzer.analyze(article);
            Files.createDirectories(dir);
            mapper.writeValue(file.toFile(), fresh);
            return fresh;
        } catch (IOException e) {
            throw new UncheckedIOException("analysis cache " + file + ": " + e.getMessage(), e);
        }
    }
}
