package brief.load;

import brief.core.Diagnostic;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Strict UTF-8 decoding that names the line and column of the first bad byte. */
final class TextDecoder {
  private TextDecoder() {}

  static String decode(String file, byte[] bytes) throws BriefingException {
    if (bytes.length >= 2
        && ((bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF)
            || (bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE))) {
      throw invalid(file, 1, 1, "the file is UTF-16; briefings are UTF-8 (re-save it as UTF-8)");
    }
    int start =
        bytes.length >= 3
                && bytes[0] == (byte) 0xEF
                && bytes[1] == (byte) 0xBB
                && bytes[2] == (byte) 0xBF
            ? 3
            : 0;
    CharsetDecoder decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
    CharBuffer out = CharBuffer.allocate(bytes.length);
    var result = decoder.decode(in, out, true);
    if (result.isError()) {
      int bad = in.position();
      out.flip();
      String before = out.toString();
      int line = 1 + (int) before.chars().filter(c -> c == '\n').count();
      int column = before.length() - before.lastIndexOf('\n');
      throw invalid(
          file,
          line,
          column,
          String.format(
              "byte 0x%02X is not valid UTF-8 (briefings are UTF-8 text)", bytes[bad] & 0xff));
    }
    decoder.flush(out);
    out.flip();
    return out.toString();
  }

  /** Lenient decoding for source texts, where a stray byte should not hide the briefing. */
  static String decodeLenient(byte[] bytes) {
    try {
      return StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes)).toString();
    } catch (CharacterCodingException e) {
      return new String(bytes, StandardCharsets.UTF_8);
    }
  }

  private static BriefingException invalid(String file, int line, int column, String message) {
    return new BriefingException(List.of(new Diagnostic(file, line, column, message)), false);
  }
}
