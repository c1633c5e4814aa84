package brief.draft;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * {@code brief draft}'s work, without files: article bytes in, the draft YAML and the source text
 * to save beside it out. A web page ({@code .html}, or HTML by its content) is read with jsoup;
 * anything else must be UTF-8 plain text.
 */
public final class Drafter {
  private Drafter() {}

  /** Larger than any article; a bigger file is a mistake (a video, an archive). */
  public static final int MAX_BYTES = 32 * 1024 * 1024;

  /**
   * The draft of an article. {@code id}, when not empty, is the briefing's id (else one is made
   * from the title or {@code articleName}); {@code withSourceText} sets {@code source.text} to
   * {@code sources/ID.txt}, where the caller saves {@link Draft#sourceText()}.
   */
  public static Draft draft(byte[] bytes, String articleName, String id, boolean withSourceText)
      throws DraftException {
    if (bytes.length > MAX_BYTES) {
      throw new DraftException(
          DraftException.Kind.INVALID_INPUT,
          articleName
              + ": too large for an article ("
              + bytes.length / (1024 * 1024)
              + " MB; at most "
              + MAX_BYTES / (1024 * 1024)
              + " MB)");
    }
    Article article =
        isWebPage(articleName, bytes)
            ? WebPage.read(bytes, articleName)
            : PlainTextArticle.read(utf8(articleName, bytes));
    if (article.paragraphs().isEmpty()) {
      throw new DraftException(
          DraftException.Kind.INVALID_INPUT,
          articleName + ": no article text found (an empty file?)");
    }
    String briefingId = !id.isEmpty() ? id : defaultId(article, articleName);
    String sourcePath = withSourceText ? "sources/" + briefingId + ".txt" : "";
    Annotations annotations = Annotator.annotate(article);
    return new Draft(
        briefingId,
        DraftYaml.write(annotations, briefingId, articleName, sourcePath),
        sourcePath,
        article.text(),
        annotations.quotes.stream()
            .map(
                q ->
                    new Draft.Quote(
                        q.text(),
                        q.paragraph(),
                        q.speaker().who() == null ? "" : q.speaker().who().name))
            .toList());
  }

  /** An id from the title, else the file's name, else "draft". */
  static String defaultId(Article article, String articleName) {
    String fromTitle = Ids.kebab(article.title());
    if (!fromTitle.isEmpty()) {
      return fromTitle;
    }
    String file = articleName.replaceAll(".*[/\\\\]", "").replaceAll("\\.[^.]*$", "");
    String fromFile = Ids.kebab(file);
    return fromFile.isEmpty() ? "draft" : fromFile;
  }

  static boolean isWebPage(String name, byte[] bytes) {
    String lower = name.toLowerCase(Locale.ROOT);
    if (lower.endsWith(".html") || lower.endsWith(".htm") || lower.endsWith(".xhtml")) {
      return true;
    }
    String head =
        new String(bytes, 0, Math.min(bytes.length, 1024), StandardCharsets.ISO_8859_1)
            .stripLeading()
            .toLowerCase(Locale.ROOT);
    if (head.startsWith("\u00ef\u00bb\u00bf")) {
      head = head.substring(3).stripLeading();
    }
    return head.startsWith("<!doctype html")
        || head.startsWith("<html")
        || head.startsWith("<head")
        || head.startsWith("<!--") && head.contains("<html");
  }

  /** Strict UTF-8; the first bad byte is named by line and column. */
  private static String utf8(String name, byte[] bytes) throws DraftException {
    ByteBuffer in = ByteBuffer.wrap(bytes);
    CharBuffer out = CharBuffer.allocate(bytes.length);
    CoderResult result =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT)
            .decode(in, out, true);
    out.flip();
    if (result.isError()) {
      String before = out.toString();
      int line = 1 + (int) before.chars().filter(c -> c == '\n').count();
      int column = before.length() - before.lastIndexOf('\n');
      throw new DraftException(
          DraftException.Kind.INVALID_INPUT,
          name
              + ":"
              + line
              + ":"
              + column
              + ": byte 0x"
              + String.format("%02X", bytes[in.position()] & 0xff)
              + " is not UTF-8 (save the article as UTF-8, or as a web page)");
    }
    return out.toString();
  }
}
