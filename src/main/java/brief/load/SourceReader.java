package brief.load;

import java.io.IOException;

/** Reads a briefing's source text, given the relative path written in {@code source.text}. */
@FunctionalInterface
public interface SourceReader {
  /**
   * Returns the bytes; throws {@link java.nio.file.NoSuchFileException} when there is no such file.
   */
  byte[] read(String relativePath) throws IOException;

  SourceReader NONE =
      path -> {
        throw new java.nio.file.NoSuchFileException(path);
      };
}
