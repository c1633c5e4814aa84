package brief.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A copy of the frozen library whose quoted speaker has a name with a space and letters outside
 * ASCII (İlham Əliyev): what a completion must quote for the shell.
 */
public final class SpeakerLibrary {
  private SpeakerLibrary() {}

  public static final String ID = "us-azerbaijan-partnership-2025";

  /** Makes the library in {@code folder} (created) and returns it. */
  public static Path make(Path folder) throws IOException {
    Path frozen = Path.of("src/test/resources/frozen").toAbsolutePath();
    Files.createDirectories(folder.resolve("sources"));
    Files.copy(frozen.resolve("sources/" + ID + ".txt"), folder.resolve("sources/" + ID + ".txt"));
    Files.writeString(
        folder.resolve(ID + ".yaml"),
        Files.readString(frozen.resolve(ID + ".yaml"))
            .replace("name: Ilham Aliyev", "name: İlham Əliyev"));
    return folder;
  }
}
