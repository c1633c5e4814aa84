package brief.cli;

import brief.render.Ascii;
import java.io.FilterWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;

/**
 * Messages in the ASCII form that printed output takes when the locale's charset is not UTF-8: an
 * error naming {@code İlham Əliyev} says {@code Ilham Eliyev}, as the lookups print it, not bytes
 * the terminal shows as garbage.
 */
final class AsciiWriter extends FilterWriter {
  private AsciiWriter(Writer out) {
    super(out);
  }

  /**
   * {@code err} itself under a UTF-8 locale, else a writer that transliterates what it is given.
   */
  static PrintWriter of(PrintWriter err, Env env) {
    return env.utf8() ? err : new PrintWriter(new AsciiWriter(err), true);
  }

  @Override
  public void write(int c) throws IOException {
    out.write(Ascii.transliterate(String.valueOf((char) c)));
  }

  @Override
  public void write(char[] chars, int offset, int length) throws IOException {
    out.write(Ascii.transliterate(new String(chars, offset, length)));
  }

  @Override
  public void write(String text, int offset, int length) throws IOException {
    out.write(Ascii.transliterate(text.substring(offset, offset + length)));
  }
}
