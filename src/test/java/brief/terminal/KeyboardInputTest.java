package brief.terminal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class KeyboardInputTest {
  private static String read(byte[] bytes, Charset locale) throws IOException {
    return new String(
        new KeyboardInput(new ByteArrayInputStream(bytes), locale).readAllBytes(),
        StandardCharsets.UTF_8);
  }

  @Test
  void utf8KeysAreReadAsUtf8EvenWhenTheLocaleIsAscii() throws IOException {
    assertEquals("Şuşa", read("Şuşa".getBytes(StandardCharsets.UTF_8), StandardCharsets.US_ASCII));
    assertEquals(
        "Əliyev 😀", read("Əliyev 😀".getBytes(StandardCharsets.UTF_8), StandardCharsets.US_ASCII));
  }

  @Test
  void bytesThatAreNotUtf8AreReadWithTheLocaleCharset() throws IOException {
    assertEquals(
        "Müller",
        read("Müller".getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.ISO_8859_1));
  }

  @Test
  void whatNoCharsetCanReadIsShownNotDropped() throws IOException {
    assertEquals("a\uFFFDb", read(new byte[] {'a', (byte) 0xfc, 'b'}, StandardCharsets.US_ASCII));
  }

  @Test
  void escapeSequencesPassThroughUnchanged() throws IOException {
    assertEquals(
        "\u001b[A/x\r",
        read("\u001b[A/x\r".getBytes(StandardCharsets.US_ASCII), StandardCharsets.US_ASCII));
  }
}
