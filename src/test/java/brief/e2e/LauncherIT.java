package brief.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The launcher and the class-data archive (or AOT cache) that is built with the jar and lies next
 * to it: used while it is current, never made, checked or taken from a cache folder at run time,
 * and never changing what a run prints, whether it is there, stale or planted.
 */
class LauncherIT {
  static final Path REPO = Path.of("").toAbsolutePath();

  @TempDir Path temp;

  private record Run(int code, String out, String err) {}

  private Path jar() throws IOException {
    Path jar = temp.resolve("brief.jar");
    if (!Files.exists(jar)) {
      Files.copy(REPO.resolve("target/brief.jar"), jar);
    }
    return jar;
  }

  private Run brief(Map<String, String> extra, String... args) throws Exception {
    List<String> command = new java.util.ArrayList<>(List.of(REPO.resolve("bin/brief").toString()));
    command.addAll(List.of(args));
    ProcessBuilder pb =
        new ProcessBuilder(command)
            .directory(temp.toFile())
            .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
    pb.environment()
        .put(
            "BRIEF_JAR",
            extra.containsKey("BRIEF_JAR") ? extra.get("BRIEF_JAR") : jar().toString());
    pb.environment().put("XDG_CACHE_HOME", temp.resolve("cache").toString());
    pb.environment().put("LANG", "C.UTF-8");
    pb.environment().remove("BRIEF_CDS");
    pb.environment().remove("BRIEF_MAKE_ARCHIVE");
    pb.environment().putAll(extra);
    Process p = pb.start();
    byte[] out = p.getInputStream().readAllBytes();
    byte[] err = p.getErrorStream().readAllBytes();
    assertTrue(p.waitFor(120, TimeUnit.SECONDS), "finished");
    return new Run(
        p.exitValue(),
        new String(out, StandardCharsets.UTF_8),
        new String(err, StandardCharsets.UTF_8));
  }

  private Path cache() {
    return temp.resolve("cache/brief");
  }

  /** The archive next to the jar, made as {@code mvn package} makes it. */
  private Path makeArchive(Map<String, String> extra) throws Exception {
    Map<String, String> env = new java.util.HashMap<>(extra);
    env.put("BRIEF_MAKE_ARCHIVE", "1");
    Run made = brief(env);
    assertEquals(new Run(0, "", ""), made);
    try (Stream<Path> files = Files.list(temp)) {
      List<Path> beside =
          files.filter(f -> f.getFileName().toString().startsWith("brief.")).toList();
      assertEquals(2, beside.size(), "the jar and its archive, no temporary file: " + beside);
    }
    return archive().orElseThrow();
  }

  private Optional<Path> archive() {
    return Stream.of("brief.jsa", "brief.aot")
        .map(temp::resolve)
        .filter(Files::isRegularFile)
        .findFirst();
  }

  /** Where the JVM of a run with these options loaded brief's main class from. */
  private String mainClassSource(Map<String, String> extra, String... args) throws Exception {
    Path log = temp.resolve("classes.log");
    Files.deleteIfExists(log);
    Map<String, String> env = new java.util.HashMap<>(extra);
    env.put("BRIEF_JAVA_OPTS", "-Xlog:class+load=info:file=" + log);
    assertEquals(0, brief(env, args).code());
    return Files.readAllLines(log).stream()
        .filter(l -> l.contains(" brief.cli.Main "))
        .map(l -> l.substring(l.indexOf("source: ") + "source: ".length()))
        .findFirst()
        .orElseThrow();
  }

  @Test
  void theArchiveBuiltWithTheJarIsUsedAndChangesNothingThatARunPrints() throws Exception {
    Run without = brief(Map.of("BRIEF_CDS", "0"), "summary");
    assertEquals(0, without.code());
    assertEquals("", without.err());
    assertTrue(without.out().startsWith("UNCLASSIFIED"), without.out());
    makeArchive(Map.of());
    assertEquals("shared objects file", mainClassSource(Map.of(), "summary"));
    assertEquals(without, brief(Map.of(), "summary"));
    // The launcher picks the collector per command; one named in BRIEF_JAVA_OPTS replaces it
    // (Java refuses to start with two).
    for (String gc : List.of("-XX:+UseSerialGC", "-XX:+UseG1GC", "-XX:+UseParallelGC")) {
      assertEquals(without, brief(Map.of("BRIEF_JAVA_OPTS", gc), "summary"), gc);
      assertEquals(0, brief(Map.of("BRIEF_JAVA_OPTS", gc), "list").code(), gc);
    }
  }

  /**
   * A start-up rule as a check, not a comment: the first call of a lambda costs the JVM's lambda
   * machinery milliseconds, so `summary` and `list` from a warm library cache use classes instead
   * (`search` and the others still link some).
   */
  @Test
  void aLookupFromAWarmCacheLinksNoLambdaOfBriefsOwn() throws Exception {
    for (String[] args :
        List.of(
            new String[] {"summary"}, new String[] {"list"}, new String[] {"search", "Aliyev"})) {
      String command = args[0];
      assertEquals(0, brief(Map.of(), args).code(), "warms the library cache");
      Path log = temp.resolve("lambdas-" + command + ".log");
      Map<String, String> env = Map.of("BRIEF_JAVA_OPTS", "-Xlog:class+load=info:file=" + log);
      assertEquals(0, brief(env, args).code(), command);
      List<String> lambdas =
          Files.readAllLines(log).stream()
              .filter(l -> l.contains(" brief.") && l.contains("$$Lambda"))
              .toList();
      assertEquals(List.of(), lambdas, command);
    }
  }

  @Test
  void aRunNeverMakesAnArchiveNorWritesOneInTheCacheFolder() throws Exception {
    for (String command : List.of("summary", "list", "search", "quotes")) {
      brief(Map.of(), command, "Aliyev");
    }
    Thread.sleep(1000);
    assertTrue(archive().isEmpty(), "no archive beside the jar");
    try (Stream<Path> files = Files.list(temp.resolve("cache/brief"))) {
      List<String> names = files.map(f -> f.getFileName().toString()).toList();
      assertTrue(
          names.stream().allMatch(n -> n.startsWith("bundled-") || n.startsWith("library-")),
          "only the briefings' caches: " + names);
    }
    assertTrue(
        ProcessHandle.allProcesses()
            .noneMatch(p -> p.info().commandLine().orElse("").contains("warm-up")),
        "no archive job");
  }

  @Test
  void anArchiveOlderThanTheJarIsNotUsed() throws Exception {
    Path archive = makeArchive(Map.of());
    // A jar rebuilt after its archive (a build that could not make one).
    Files.setLastModifiedTime(
        jar(), FileTime.from(Files.getLastModifiedTime(archive).toInstant().plusSeconds(5)));
    assertEquals("file:" + jar(), mainClassSource(Map.of(), "summary"));
    assertEquals(brief(Map.of("BRIEF_CDS", "0"), "summary"), brief(Map.of(), "summary"));
  }

  @Test
  void anArchiveOfAnotherJarIsRefusedByJavaAndChangesNothing() throws Exception {
    makeArchive(Map.of());
    Run expected = brief(Map.of("BRIEF_CDS", "0"), "summary", "--format", "json");
    // Another jar in its place, dated after the archive: Java checks the jar's size and time
    // against the archive's record of it.
    Path other = temp.resolve("other.jar");
    Files.copy(jar(), other);
    Files.write(other, new byte[] {0}, java.nio.file.StandardOpenOption.APPEND);
    Files.move(other, jar(), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    Files.setLastModifiedTime(
        archive().orElseThrow(),
        FileTime.from(Files.getLastModifiedTime(jar()).toInstant().plusSeconds(5)));
    assertEquals(expected, brief(Map.of(), "summary", "--format", "json"));
  }

  @Test
  void withArchivesTurnedOffTheArchiveIsNotUsed() throws Exception {
    makeArchive(Map.of());
    assertEquals("file:" + jar(), mainClassSource(Map.of("BRIEF_CDS", "0"), "summary"));
  }

  @Test
  void aMissingJarIsOneLineAndExitThree() throws Exception {
    Run r = brief(Map.of("BRIEF_JAR", temp.resolve("nowhere.jar").toString()), "summary");
    assertEquals(3, r.code());
    assertEquals(
        "brief: BRIEF_JAR names no jar file: " + temp.resolve("nowhere.jar") + "\n", r.err());
    assertEquals("", r.out());
  }

  @Test
  void theBundledBriefingsCacheOfAJarThatIsGoneIsRemoved() throws Exception {
    Map<String, String> noArchive = Map.of("BRIEF_CDS", "0");
    assertEquals(0, brief(noArchive, "summary").code());
    List<Path> before = bundledCaches();
    assertEquals(1, before.size(), "one cache of the bundled briefings: " + before);
    Path moved = Files.createDirectories(temp.resolve("moved")).resolve("brief.jar");
    Files.move(jar(), moved);
    Map<String, String> env = Map.of("BRIEF_CDS", "0", "BRIEF_JAR", moved.toString());
    assertEquals(0, brief(env, "summary").code());
    List<Path> after = bundledCaches();
    assertEquals(1, after.size(), "only the moved jar's: " + after);
    assertTrue(Files.notExists(before.get(0)), "left behind: " + before.get(0));
  }

  private List<Path> bundledCaches() throws IOException {
    try (Stream<Path> files = Files.list(cache())) {
      return files.filter(f -> f.getFileName().toString().startsWith("bundled-")).toList();
    }
  }

  /**
   * bin/brief in a process group of its own (as a shell runs a command), standard input left open
   * so that {@code summary -} waits; {@code marker} finds its JVM.
   */
  private Process waiting(String marker) throws Exception {
    ProcessBuilder pb =
        new ProcessBuilder("setsid", REPO.resolve("bin/brief").toString(), "summary", "-", marker)
            .directory(temp.toFile())
            .redirectOutput(ProcessBuilder.Redirect.DISCARD)
            .redirectError(temp.resolve("err").toFile());
    pb.environment().put("BRIEF_JAR", jar().toString());
    pb.environment().put("XDG_CACHE_HOME", temp.resolve("cache").toString());
    pb.environment().remove("BRIEF_CDS");
    return pb.start();
  }

  /** Ctrl-C: SIGINT to the whole process group in the foreground. */
  private static void interrupt(Process launcher) throws Exception {
    assertEquals(
        0, new ProcessBuilder("kill", "-INT", "--", "-" + launcher.pid()).start().waitFor());
  }

  private static void await(String what, java.util.function.BooleanSupplier done)
      throws InterruptedException {
    Instant deadline = Instant.now().plusSeconds(60);
    while (!done.getAsBoolean()) {
      assertTrue(Instant.now().isBefore(deadline), "waited a minute for " + what);
      Thread.sleep(50);
    }
  }

  private static boolean running(String... parts) {
    return ProcessHandle.allProcesses()
        .anyMatch(
            p -> {
              String line = p.info().commandLine().orElse("");
              return Stream.of(parts).allMatch(line::contains);
            });
  }

  @Test
  void ctrlCEndsTheCommandAsInterruptedWithAndWithoutAnArchive() throws Exception {
    // Without an archive, Java takes the launcher's place.
    Process first = waiting("--width=61");
    await("brief", () -> running("brief.cli.Main", "--width=61"));
    interrupt(first);
    assertTrue(first.waitFor(30, TimeUnit.SECONDS), "ended");
    assertEquals(130, first.exitValue(), Files.readString(temp.resolve("err")));
    // With the archive: the launcher waits for Java (to run it again should it crash starting),
    // and passes the interrupt on.
    makeArchive(Map.of());
    Process second = waiting("--width=62");
    await("brief", () -> running("brief.cli.Main", "--width=62"));
    interrupt(second);
    assertTrue(second.waitFor(30, TimeUnit.SECONDS), "ended");
    assertEquals(130, second.exitValue(), "as interrupted, not 143 (terminated)");
    assertEquals("", Files.readString(temp.resolve("err")));
  }

  @Test
  void aJavaThatCannotMakeAnArchiveLeavesOneLineAndNoFiles() throws Exception {
    Path jdk = Files.createDirectories(temp.resolve("jdk/bin"));
    Path java = jdk.resolve("java");
    Files.writeString(
        java,
        "#!/bin/bash\n"
            + "for a in \"$@\"; do case $a in -Xshare:dump|-XX:AOTCacheOutput=*)\n"
            + "  echo 'Error: cannot dump here' >&2; exit 1;; esac; done\n"
            + "exec '"
            + Path.of(System.getProperty("java.home"), "bin", "java")
            + "' \"$@\"\n");
    assertTrue(java.toFile().setExecutable(true));
    Files.copy(Path.of(System.getProperty("java.home"), "release"), jdk.resolveSibling("release"));
    Map<String, String> env = Map.of("JAVA_HOME", jdk.getParent().toString());
    Run made = brief(Map.of("JAVA_HOME", env.get("JAVA_HOME"), "BRIEF_MAKE_ARCHIVE", "1"));
    assertEquals(0, made.code(), "a build does not fail for want of an archive");
    assertEquals(
        "brief: no start-up archive could be made with "
            + java
            + " (Error: cannot dump here); brief starts without one, only slower\n",
        made.err());
    try (Stream<Path> files = Files.list(temp)) {
      assertEquals(
          List.of("brief.jar"),
          files.map(f -> f.getFileName().toString()).filter(f -> f.startsWith("brief")).toList());
    }
    Run run = brief(env, "summary");
    assertEquals(new Run(0, brief(Map.of("BRIEF_CDS", "0"), "summary").out(), ""), run);
  }

  /**
   * What the launcher of issue 21 found: another local user who can write into the cache folder
   * (one left writable by all; the folder and files are then given to a second user, {@link
   * brief.hostile.SecondUser}, when the tests run as root) plants an archive there, with the record
   * the launcher used to check; a damaged one crashed Java, whose banner reached standard output.
   * Nothing in the cache folder is mapped any more.
   */
  @Test
  void anArchivePlantedInTheCacheFolderIsNeverMapped() throws Exception {
    Run expected = brief(Map.of("BRIEF_CDS", "0"), "summary", "--format", "json");
    Path planted = makeArchive(Map.of());
    Path cache = Files.createDirectories(cache());
    Files.setPosixFilePermissions(
        cache, java.nio.file.attribute.PosixFilePermissions.fromString("rwxrwxrwx"));
    String javabin = javaOnPath();
    String name = (jar() + "@" + javabin).replaceAll("[^A-Za-z0-9._@-]", "_");
    Path base = cache.resolve("brief-" + name.substring(Math.max(0, name.length() - 120)));
    byte[] archive = Files.readAllBytes(planted);
    // Zeroed metadata: what crashes Java 17 mapping it.
    java.util.Arrays.fill(archive, 4096, 4096 + (1 << 20), (byte) 0);
    Files.write(Path.of(base + ".jsa"), archive);
    Files.delete(planted);
    Files.createSymbolicLink(Path.of(base + ".java"), Path.of(javabin).toRealPath());
    Files.createSymbolicLink(Path.of(base + ".jar"), jar());
    Path mtime = Files.createFile(Path.of(base + ".mtime"));
    Files.setLastModifiedTime(mtime, Files.getLastModifiedTime(jar()));
    Process cksum = new ProcessBuilder("cksum", jar().toString(), base + ".jsa").start();
    String sums = new String(cksum.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertEquals(0, cksum.waitFor());
    Files.writeString(Path.of(base + ".id"), "0x2000000000\n" + sums);
    if (brief.hostile.SecondUser.available()) {
      // Planted by a neighbour: the cache folder and everything in it are theirs.
      Process chown =
          new ProcessBuilder("chown", "-R", brief.hostile.SecondUser.NAME, cache.toString())
              .inheritIO()
              .start();
      assertEquals(0, chown.waitFor());
    }
    Run run = brief(Map.of(), "summary", "--format", "json");
    assertEquals(expected.out(), run.out(), "nothing but brief's output");
    assertEquals(0, run.code());
    assertTrue(!run.err().contains("crashed"), run.err());
  }

  /** The java the launcher runs, found as it finds it. */
  private static String javaOnPath() {
    String home = System.getenv("JAVA_HOME");
    if (home != null && !home.isEmpty()) {
      return home + "/bin/java";
    }
    for (String dir : System.getenv("PATH").split(":")) {
      Path java = Path.of(dir.isEmpty() ? "." : dir, "java");
      if (Files.isRegularFile(java) && Files.isExecutable(java)) {
        return java.toString();
      }
    }
    throw new AssertionError("no java on PATH");
  }

  @Test
  void withoutJavaTheLauncherSaysSoInOneLine() throws Exception {
    Run run = brief(Map.of("JAVA_HOME", "/nonexistent-jdk"), "summary");
    assertEquals(3, run.code());
    assertEquals("", run.out());
    assertTrue(
        run.err().startsWith("brief: no Java found (JAVA_HOME=/nonexistent-jdk, PATH="), run.err());
    assertTrue(run.err().endsWith("install a JDK, version 17 or newer\n"), run.err());
    assertEquals(1, run.err().lines().count(), run.err());
  }
}
