package io.concord.quote;

/**
 * A direct quotation and who said it.
 *
 * @param text        the words inside the quotation marks
 * @param speaker     id of the speaker's entity, or null
 * @param speakerName the speaker's fullest name in the story, or null when unknown
 * @param cue         the reporting verb ("said", "told"), or null
 * @param article     id of the article it appears in
 * @param begin       character offset of the quoted text in the article
 * @param end         end offset of the quoted text in the article
 */
public record Quote(String text, String speaker, String speakerName, String cue, String article, int begin, int end) {
}
