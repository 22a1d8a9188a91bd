/**
 * Page furniture removal: {@link io.concord.clean.FurnitureCleaner} takes the articles of a run and returns
 * them without share prompts, captions, credits, date stamps, headings, topic lists, link blocks, unrelated
 * teasers and cross-report boilerplate. It works line by line (each line of an article's text is treated as
 * a paragraph) and decides by the shape of a line and its word overlap with the story, never by lists of
 * phrases taken from particular sites.
 */
package io.concord.clean;
