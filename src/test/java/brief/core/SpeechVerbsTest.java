package brief.core;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The verbs of reported speech, grouped for speed, find exactly what their flat list finds. */
class SpeechVerbsTest {
  private static final Pattern FLAT =
      Pattern.compile("\\b(?:" + String.join("|", SpeechVerbs.WORDS) + ")\\b");
  private static final Pattern GROUPED = Pattern.compile("\\b" + SpeechVerbs.PATTERN + "\\b");

  private static List<String> found(Pattern p, String text) {
    List<String> all = new ArrayList<>();
    Matcher m = p.matcher(text);
    while (m.find()) {
      all.add(m.start() + ":" + m.group());
    }
    return all;
  }

  @Test
  void theGroupedPatternFindsWhatTheListFinds() {
    Random random = new Random(11);
    String[] glue = {" ", ", ", ". ", "s ", "ed ", " un", "-", "’s "};
    for (int n = 0; n < 5_000; n++) {
      StringBuilder b = new StringBuilder();
      for (int i = 0; i < 6; i++) {
        b.append(SpeechVerbs.WORDS.get(random.nextInt(SpeechVerbs.WORDS.size())));
        b.append(glue[random.nextInt(glue.length)]);
      }
      String text = b.toString();
      assertEquals(found(FLAT, text), found(GROUPED, text), text);
    }
  }
}
