package brief.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Copies of the frozen library whose quoted speakers have names a completion must quote for the
 * shell: a space and letters outside ASCII (İlham Əliyev), or shell code.
 */
public final class SpeakerLibrary {
  private SpeakerLibrary() {}

  public static final String ID = "us-azerbaijan-partnership-2025";

  /** Makes the library in {@code folder} (created) and returns it. */
  public static Path make(Path folder) throws IOException {
    briefing(folder, ID, "İlham Əliyev", null);
    return folder;
  }

  /** A speaker's name that runs {@code touch marker} if a shell ever takes it as code. */
  public static String dan(Path marker) {
    return "Dan $(touch " + marker + ") O'Brien";
  }

  /** The same with single quotes, which close a quote the person opened. */
  public static String zed(Path marker) {
    return "Zed'$(touch " + marker + ")'x";
  }

  /** A name with a colon, which zsh's lists take for the end of a candidate. */
  public static final String KIM = "Kim: the envoy";

  /**
   * A library of four briefings, each quoting one speaker: {@code first-one} İlham Əliyev (with the
   * frozen aliases), {@code second-one} {@link #dan}, {@code third-one} {@link #zed} and {@code
   * fourth-one} {@link #KIM}, whose briefings are valid: a name is any text.
   */
  public static Path hostile(Path folder, Path marker) throws IOException {
    briefing(folder, "first-one", "İlham Əliyev", null);
    briefing(folder, "second-one", dan(marker), "dan-obrien");
    briefing(folder, "third-one", zed(marker), "zed");
    briefing(folder, "fourth-one", KIM, "kim");
    return folder;
  }

  private static void briefing(Path folder, String id, String name, String speakerId)
      throws IOException {
    Path frozen = Path.of("src/test/resources/frozen").toAbsolutePath();
    Files.createDirectories(folder.resolve("sources"));
    Files.copy(frozen.resolve("sources/" + ID + ".txt"), folder.resolve("sources/" + id + ".txt"));
    String yaml =
        Files.readString(frozen.resolve(ID + ".yaml"))
            .replace(ID, id)
            .replace(
                "name: Ilham Aliyev",
                "name: \"" + name.replace("\\", "\\\\").replace("\"", "\\\"") + "\"");
    if (speakerId != null) {
      yaml =
          yaml.replace("ilham-aliyev", speakerId)
              .replace(
                  "aliases: [President Aliyev, İlham Əliyev, Ilham Aliyev, Əliyev]", "aliases: []");
    }
    Files.writeString(folder.resolve(id + ".yaml"), yaml);
  }
}
