package brief.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The launcher's class-data archive (or AOT cache): made in the background, never in a run's way,
 * and never changing what a run prints, whether it is missing, current or stale.
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
    pb.environment().putAll(extra);
    Process p = pb.start();
    byte[] out = p.getInputStream().readAllBytes();
    byte[] err = p.getErrorStream().readAllBytes();
    assertTrue(p.waitFor(60, TimeUnit.SECONDS), "finished");
    return new Run(
        p.exitValue(),
        new String(out, StandardCharsets.UTF_8),
        new String(err, StandardCharsets.UTF_8));
  }

  private Path cache() {
    return temp.resolve("cache/brief");
  }

  /** The archive, once it is made and nothing is making one any more. */
  private Path awaitArchive(Instant newerThan) throws Exception {
    Instant deadline = Instant.now().plus(Duration.ofSeconds(120));
    while (Instant.now().isBefore(deadline)) {
      Optional<Path> archive = find(".jsa").or(() -> find(".aot"));
      Optional<Path> id = find(".id");
      if (archive.isPresent()
          && id.isPresent()
          && find(".lock").isEmpty()
          && Files.getLastModifiedTime(id.get()).toInstant().isAfter(newerThan)) {
        return archive.get();
      }
      Thread.sleep(200);
    }
    throw new AssertionError("no archive after two minutes in " + cache());
  }

  private Optional<Path> find(String suffix) {
    if (!Files.isDirectory(cache())) {
      return Optional.empty();
    }
    try (Stream<Path> files = Files.list(cache())) {
      return files.filter(f -> f.getFileName().toString().endsWith(suffix)).findFirst();
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  @Test
  void theArchiveIsMadeAfterTheFirstRunAndChangesNothingThatARunPrints() throws Exception {
    Run first = brief(Map.of(), "summary");
    assertEquals(0, first.code());
    assertEquals("", first.err());
    assertTrue(first.out().startsWith("UNCLASSIFIED"), first.out());
    awaitArchive(Instant.EPOCH);
    Run second = brief(Map.of(), "summary");
    assertEquals(first, second);
    // The launcher picks the collector per command; one named in BRIEF_JAVA_OPTS replaces it
    // (Java refuses to start with two).
    for (String gc : List.of("-XX:+UseSerialGC", "-XX:+UseG1GC", "-XX:+UseParallelGC")) {
      assertEquals(first, brief(Map.of("BRIEF_JAVA_OPTS", gc), "summary"), gc);
      assertEquals(0, brief(Map.of("BRIEF_JAVA_OPTS", gc), "list").code(), gc);
    }
  }

  @Test
  void aStaleArchiveIsNotUsedAndIsMadeAgain() throws Exception {
    Run first = brief(Map.of(), "summary", "--format", "json");
    Path archive = awaitArchive(Instant.EPOCH);
    // A rebuilt jar: newer than the archive made for the old one.
    Instant before = Instant.now();
    Files.setLastModifiedTime(jar(), FileTime.from(before.plusSeconds(5)));
    Run stale = brief(Map.of(), "summary", "--format", "json");
    assertEquals(first, stale);
    Path remade = awaitArchive(before);
    assertEquals(archive.getFileName(), remade.getFileName());
    assertEquals(first, brief(Map.of(), "summary", "--format", "json"));
  }

  @Test
  void aJarReplacedByAnOlderOneIsNotGivenTheNewerOnesArchive() throws Exception {
    Run first = brief(Map.of(), "summary");
    Path archive = awaitArchive(Instant.EPOCH);
    FileTime archived = Files.getLastModifiedTime(archive);
    // Another file in the jar's place, dated before the archive (as `cp -p` or an unpacked
    // release would leave it).
    Path other = temp.resolve("other.jar");
    Files.copy(jar(), other);
    Files.move(other, jar(), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    Files.setLastModifiedTime(jar(), FileTime.from(archived.toInstant().minusSeconds(3600)));
    Instant before = Instant.now();
    assertEquals(first, brief(Map.of(), "summary"));
    Path remade = awaitArchive(before);
    Path id = remade.resolveSibling(name(remade) + ".id");
    assertTrue(
        !Files.isSameFile(id, jar()) && Files.size(id) < 1024,
        "a record of the jar, not a link into it");
  }

  private static String name(Path archive) {
    String name = archive.getFileName().toString();
    return name.substring(0, name.lastIndexOf('.'));
  }

  @Test
  void aLockLeftByAKilledJobIsClearedAfterTenMinutes() throws Exception {
    brief(Map.of(), "list");
    Path archive = awaitArchive(Instant.EPOCH);
    Path lock = cache().resolve(name(archive) + ".lock");
    Files.delete(archive);
    Files.createDirectory(lock);
    Files.setLastModifiedTime(lock, FileTime.from(Instant.now().minus(Duration.ofMinutes(11))));
    assertEquals(0, brief(Map.of(), "list").code());
    assertEquals(archive, awaitArchive(Instant.EPOCH));
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
  void theArchiveOfAJarThatIsGoneIsRemovedWhenTheNextOneIsMade() throws Exception {
    brief(Map.of(), "list");
    Path old = awaitArchive(Instant.EPOCH);
    Path moved = Files.createDirectories(temp.resolve("moved")).resolve("brief.jar");
    Files.move(jar(), moved);
    assertEquals(0, brief(Map.of("BRIEF_JAR", moved.toString()), "list").code());
    Instant deadline = Instant.now().plusSeconds(120);
    while (Files.exists(old) && Instant.now().isBefore(deadline)) {
      Thread.sleep(200);
    }
    assertTrue(Files.notExists(old), "left behind: " + old);
    try (Stream<Path> files = Files.list(cache())) {
      assertTrue(
          files
              .map(f -> f.getFileName().toString())
              .filter(f -> f.startsWith("brief-"))
              .allMatch(f -> f.contains("moved")),
          "only the moved jar's archive");
    }
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
  void ctrlCEndsTheCommandAsInterruptedAndLeavesTheArchiveJobAlone() throws Exception {
    // The first run: Java takes the launcher's place while the archive is made in the background.
    String jar = jar().toString();
    Process first = waiting("--width=61");
    await("the archive job's Java", () -> running(jar, "warm-up"));
    await("brief", () -> running("brief.cli.Main", "--width=61"));
    interrupt(first);
    assertTrue(first.waitFor(30, TimeUnit.SECONDS), "ended");
    assertEquals(130, first.exitValue(), Files.readString(temp.resolve("err")));
    awaitArchive(Instant.EPOCH);
    assertTrue(find(".failed").isEmpty(), "the archive was made, not given up for a day");
    // With the archive: the launcher waits for Java, and passes the interrupt on.
    Process second = waiting("--width=62");
    await("brief", () -> running("brief.cli.Main", "--width=62"));
    interrupt(second);
    assertTrue(second.waitFor(30, TimeUnit.SECONDS), "ended");
    assertEquals(130, second.exitValue(), "as interrupted, not 143 (terminated)");
    assertEquals("", Files.readString(temp.resolve("err")));
  }

  @Test
  void aJavaThatCannotMakeAnArchiveIsNotAskedAgainOnEveryRun() throws Exception {
    Path jdk = Files.createDirectories(temp.resolve("jdk/bin"));
    Path log = temp.resolve("dumps.log");
    Path java = jdk.resolve("java");
    Files.writeString(
        java,
        "#!/bin/bash\n"
            + "for a in \"$@\"; do case $a in -Xshare:dump|-XX:DumpLoadedClassList=*|-XX:AOTCacheOutput=*)\n"
            + "  echo tried >> '"
            + log
            + "'; exit 1;; esac; done\n"
            + "exec '"
            + Path.of(System.getProperty("java.home"), "bin", "java")
            + "' \"$@\"\n");
    assertTrue(java.toFile().setExecutable(true));
    Map<String, String> env = Map.of("JAVA_HOME", jdk.getParent().toString());
    Run first = brief(env, "summary");
    assertEquals(0, first.code());
    Instant deadline = Instant.now().plusSeconds(60);
    while ((find(".failed").isEmpty() || find(".lock").isPresent())
        && Instant.now().isBefore(deadline)) {
      Thread.sleep(200);
    }
    assertTrue(find(".failed").isPresent(), "the failure is remembered");
    assertEquals(first, brief(env, "summary"));
    Thread.sleep(1500);
    assertEquals(1, Files.readAllLines(log).size(), "one attempt, not one per run");
  }

  @Test
  void noArchiveIsMadeWhenTurnedOff() throws Exception {
    Run run = brief(Map.of("BRIEF_CDS", "0"), "list");
    assertEquals(0, run.code());
    Thread.sleep(1000);
    assertTrue(
        find(".jsa").isEmpty() && find(".aot").isEmpty() && find(".lock").isEmpty(),
        "cache: " + cache());
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
