package brief.load;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Random;
import org.junit.jupiter.api.Test;

class Sha256Test {
  @Test
  void givesTheSameHashAsTheJdkForEveryLengthAroundTheBlockSizes() throws Exception {
    Random random = new Random(3);
    for (int length = 0; length < 300; length++) {
      StringBuilder text = new StringBuilder();
      for (int i = 0; i < length; i++) {
        text.appendCodePoint(random.nextInt(10) == 0 ? 0x259 : 'a' + random.nextInt(26));
      }
      byte[] expected =
          MessageDigest.getInstance("SHA-256")
              .digest(text.toString().getBytes(StandardCharsets.UTF_8));
      assertEquals(
          HexFormat.of().formatHex(expected), Sha256.hex(text.toString()), text.toString());
    }
  }

  @Test
  void knownAnswer() {
    assertEquals(
        "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", Sha256.hex("abc"));
  }
}
