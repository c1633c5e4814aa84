package brief.terminal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.googlecode.lanterna.input.DefaultKeyDecodingProfile;
import com.googlecode.lanterna.input.InputDecoder;
import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class KeyboardInputTest {
  private static String read(byte[] bytes, Charset locale) throws IOException {
    return new String(
        new KeyboardInput(new ByteArrayInputStream(bytes), locale, Duration.ZERO).readAllBytes(),
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

  /** Keys as Lanterna decodes them from what the keyboard sends through a pipe. */
  private static final class Keyboard implements AutoCloseable {
    private final PipedOutputStream typed = new PipedOutputStream();
    private final InputDecoder decoder;
    private final ScheduledExecutorService later = Executors.newSingleThreadScheduledExecutor();

    Keyboard(Duration escDelay) throws IOException {
      KeyboardInput input =
          new KeyboardInput(new PipedInputStream(typed), StandardCharsets.UTF_8, escDelay);
      decoder = new InputDecoder(new InputStreamReader(input, StandardCharsets.UTF_8));
      decoder.addProfile(new DefaultKeyDecodingProfile());
    }

    void type(String keys) throws IOException {
      typed.write(keys.getBytes(StandardCharsets.UTF_8));
      typed.flush();
    }

    void typeAfter(Duration delay, String keys) {
      later.schedule(
          () -> {
            type(keys);
            return null;
          },
          delay.toMillis(),
          TimeUnit.MILLISECONDS);
    }

    KeyStroke next() throws IOException {
      return decoder.getNextCharacter(true);
    }

    @Override
    public void close() throws IOException {
      later.shutdownNow();
      typed.close();
    }
  }

  @Test
  void anArrowKeyThatArrivesWholeIsNotDelayedByALongEscDelay() {
    assertTimeoutPreemptively(
        Duration.ofSeconds(5),
        () -> {
          try (Keyboard keyboard = new Keyboard(Duration.ofSeconds(60))) {
            keyboard.type("\u001b[Bj");
            assertEquals(KeyType.ArrowDown, keyboard.next().getKeyType());
            assertEquals('j', keyboard.next().getCharacter());
          }
        });
  }

  @Test
  void theRestOfAnEscapeSequenceIsAwaitedWithinTheEscDelay() throws IOException {
    try (Keyboard keyboard = new Keyboard(Duration.ofSeconds(30))) {
      keyboard.type("\u001b[");
      keyboard.typeAfter(Duration.ofMillis(300), "B");
      assertEquals(KeyType.ArrowDown, keyboard.next().getKeyType());
    }
  }

  @Test
  void aLoneEscIsEscOnceTheEscDelayHasPassed() throws IOException {
    try (Keyboard keyboard = new Keyboard(Duration.ofMillis(20))) {
      keyboard.type("\u001b");
      keyboard.typeAfter(Duration.ofMillis(1500), "j");
      assertEquals(KeyType.Escape, keyboard.next().getKeyType());
      assertEquals('j', keyboard.next().getCharacter());
    }
  }

  @Test
  void aKeyTypedLaterThanALoneEscIsNotTakenForTheRestOfItsSequence() throws IOException {
    try (Keyboard keyboard = new Keyboard(Duration.ofSeconds(1))) {
      keyboard.type("\u001b");
      assertEquals(KeyType.Escape, keyboard.next().getKeyType());
      keyboard.type("[");
      KeyStroke bracket = assertTimeoutPreemptively(Duration.ofMillis(600), keyboard::next);
      assertEquals('[', bracket.getCharacter());
    }
  }

  @Test
  void escDelayIsReadInMillisecondsAsNcursesDoes() {
    assertEquals(Duration.ofMillis(100), KeyboardInput.escDelay(null));
    assertEquals(Duration.ofMillis(25), KeyboardInput.escDelay("25"));
    assertEquals(Duration.ZERO, KeyboardInput.escDelay("0"));
    assertEquals(Duration.ofMillis(100), KeyboardInput.escDelay("soon"));
    assertEquals(Duration.ofMillis(100), KeyboardInput.escDelay("-5"));
    assertEquals(Duration.ofSeconds(1), KeyboardInput.escDelay("100000"), "at most a second");
  }
}
