/**
 * {@code brief draft}: an article (plain text or a saved web page) to a draft briefing for an
 * analyst to finish. Reads the article's paragraphs and header (author, publication time), finds
 * the direct quotes and who said them, the people, states and organisations named, suggests themes
 * from an editable lexicon ({@code themes.txt}), and writes a commented YAML file with its source
 * text next to it.
 *
 * <p>The only package that imports jsoup. May import {@code brief.load} (paragraph splitting, so
 * numbers agree with the loader's) and {@code brief.core}. Writes YAML text itself: the draft is a
 * template with comments, which no YAML library writes.
 */
package brief.draft;
