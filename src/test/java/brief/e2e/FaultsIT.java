package brief.e2e;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Faults of brief's local state, through the real launcher: damaged caches and archives, edits the
 * clock cannot see, links, pipes, permissions, resource limits. Whatever happens, brief prints what
 * the files say, or one clear line and a non-zero exit; nothing else reaches standard output, and
 * nothing is left in the working folder.
 */
class FaultsIT {
  static final Path REPO = Path.of("").toAbsolutePath();
  static final Path JAVA_25 = Path.of("/usr/lib/jvm/temurin-25-jdk-amd64");
  static final int NOBODY = 65534;

  /** World-traversable (the tests that run brief as another user need that), removed after. */
  Path temp;

  Path work;

  private record Run(int code, String out, String err) {}

  @BeforeEach
  void folders() throws IOException {
    temp = Files.createTempDirectory("brief-faults-");
    Files.setPosixFilePermissions(temp, PosixFilePermissions.fromString("rwxr-xr-x"));
    work = Files.createDirectories(temp.resolve("work"));
    Files.copy(REPO.resolve("target/brief.jar"), temp.resolve("brief.jar"));
  }

  @AfterEach
  void clean() throws Exception {
    new ProcessBuilder("rm", "-rf", temp.toString()).start().waitFor();
  }

  private Path cache() {
    return temp.resolve("cache/brief");
  }

  private Run brief(Map<String, String> env, String... args) throws Exception {
    return run(env, List.of(), args);
  }

  /** bin/brief with these arguments, started through {@code prefix} (ulimit, another user). */
  private Run run(Map<String, String> env, List<String> prefix, String... args) throws Exception {
    List<String> command = new ArrayList<>(prefix);
    command.add(REPO.resolve("bin/brief").toString());
    command.addAll(List.of(args));
    ProcessBuilder pb =
        new ProcessBuilder(command)
            .directory(work.toFile())
            .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
    pb.environment().put("BRIEF_JAR", temp.resolve("brief.jar").toString());
    pb.environment().put("XDG_CACHE_HOME", temp.resolve("cache").toString());
    pb.environment().put("LANG", "C.UTF-8");
    pb.environment().remove("BRIEF_CDS");
    pb.environment().remove("BRIEF_CACHE");
    pb.environment().remove("BRIEF_LIBRARY");
    pb.environment().putAll(env);
    return finish(pb, command, "");
  }

  private Run finish(ProcessBuilder pb, List<String> command, String tag) throws Exception {
    File out = temp.resolve("out" + tag).toFile();
    File err = temp.resolve("err" + tag).toFile();
    Process p = pb.redirectOutput(out).redirectError(err).start();
    assertTrue(p.waitFor(300, TimeUnit.SECONDS), "finished within five minutes: " + command);
    return new Run(
        p.exitValue(),
        Files.readString(out.toPath(), StandardCharsets.UTF_8),
        Files.readString(err.toPath(), StandardCharsets.UTF_8));
  }

  private Path library(String name) throws IOException {
    Path lib = temp.resolve(name);
    Path from = REPO.resolve("src/test/resources/library");
    try (Stream<Path> files = Files.walk(from)) {
      for (Path p : files.toList()) {
        Path to = lib.resolve(from.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(to);
        } else {
          Files.copy(p, to);
        }
      }
    }
    return lib;
  }

  private Optional<Path> inCache(String suffix) throws IOException {
    if (!Files.isDirectory(cache())) {
      return Optional.empty();
    }
    try (Stream<Path> files = Files.list(cache())) {
      return files.filter(f -> f.getFileName().toString().endsWith(suffix)).findFirst();
    }
  }

  /** The archive next to the jar, made as {@code mvn package} makes it. */
  private Path makeArchive(Map<String, String> env) throws Exception {
    Map<String, String> making = new HashMap<>(env);
    making.put("BRIEF_MAKE_ARCHIVE", "1");
    assertEquals(new Run(0, "", ""), brief(making));
    return Stream.of("brief.jsa", "brief.aot")
        .map(temp::resolve)
        .filter(Files::isRegularFile)
        .findFirst()
        .orElseThrow();
  }

  private void assertWorkingFolderEmpty() throws IOException {
    try (Stream<Path> files = Files.list(work)) {
      assertEquals(List.of(), files.toList(), "nothing is left in the working folder");
    }
  }

  @Test
  void aChangedByteInTheLibraryCacheIsDetectedOrChangesNothing() throws Exception {
    Path lib = library("lib");
    String[] list = {"list", "--format", "json", "--library", lib.toString()};
    String[] show = {"show", "caspian-ferry-2024", "--format", "json", "--library", lib.toString()};
    Run listed = brief(Map.of("BRIEF_CACHE", "0"), list);
    Run shown = brief(Map.of("BRIEF_CACHE", "0"), show);
    assertEquals(listed, brief(Map.of(), list));
    Path cache =
        inCache(".bin")
            .filter(p -> p.getFileName().toString().startsWith("library-"))
            .orElseThrow();
    byte[] good = Files.readAllBytes(cache);
    Random random = new Random(6);
    // 250 changes through the cache code run in LibraryCacheTest; here, some through the launcher.
    for (int i = 0; i < 12; i++) {
      byte[] bytes = good.clone();
      bytes[random.nextInt(bytes.length)] ^= (byte) (1 + random.nextInt(255));
      Files.write(cache, bytes);
      assertEquals(i % 2 == 0 ? listed : shown, brief(Map.of(), i % 2 == 0 ? list : show));
    }
  }

  @Test
  void anEditThatKeepsSizeAndModificationTimeIsShown() throws Exception {
    Path lib = library("lib");
    Path file = lib.resolve("arctic-council-2024.yaml");
    brief(Map.of(), "list", "--library", lib.toString());
    FileTime mtime = Files.getLastModifiedTime(file);
    Files.writeString(
        file, Files.readString(file).replace("resumes project work", "RESUMES PROJECT WORK"));
    Files.setLastModifiedTime(file, mtime);
    Run run = brief(Map.of(), "show", "arctic-council-2024", "--library", lib.toString());
    assertTrue(run.out().contains("RESUMES PROJECT WORK"), run.out());
  }

  @Test
  void foldersWhoseNamesOnceSharedACacheFileEachShowTheirOwnBriefings() throws Exception {
    Path aa = library("Aa");
    Path bb = library("BB");
    Files.delete(bb.resolve("arctic-council-2024.yaml"));
    for (int i = 0; i < 2; i++) {
      assertEquals(3, rows(brief(Map.of(), "list", "--library", aa.toString()).out()));
      assertEquals(2, rows(brief(Map.of(), "list", "--library", bb.toString()).out()));
    }
  }

  @Test
  void aLibraryFolderGivenAsALinkIsFollowed() throws Exception {
    Path link = Files.createSymbolicLink(temp.resolve("briefings"), library("shared"));
    Run run = brief(Map.of(), "list", "--library", link.toString());
    assertEquals(0, run.code());
    assertEquals(3, rows(run.out()), run.out());
    assertEquals("", run.err());
  }

  @Test
  void aSourceTextOutsideTheBriefingsFolderIsRefusedNamingItsLine() throws Exception {
    Path lib = library("lib");
    Files.writeString(temp.resolve("secret.txt"), "THE SECRET PARAGRAPH\n");
    Path file = lib.resolve("arctic-council-2024.yaml");
    Files.writeString(
        file,
        Files.readString(file)
            .replace("text: sources/arctic-council.txt", "text: ../../secret.txt"));
    Run run = brief(Map.of(), "show", file.toString(), "--format", "json");
    assertEquals(1, run.code());
    assertEquals("", run.out());
    assertEquals(
        file
            + ":15:9: error: source text '../../secret.txt' leads out of the briefing's folder;"
            + " a source text must be inside it\n",
        run.err());
    Run listed = brief(Map.of(), "list", "--library", lib.toString(), "--verbose");
    assertEquals(2, rows(listed.out()));
    assertTrue(listed.err().startsWith(file + ":15:9: warning: source text"), listed.err());
    assertTrue(listed.err().contains("brief: skipped " + file), listed.err());
    try (Stream<Path> files = Files.list(cache())) {
      for (Path f : files.filter(Files::isRegularFile).toList()) {
        assertFalse(
            new String(Files.readAllBytes(f), StandardCharsets.ISO_8859_1).contains("SECRET"),
            f.toString());
      }
    }
  }

  @Test
  void aPipeSwappedInForABriefingNeverStallsTheLibrary() throws Exception {
    Path lib = library("lib");
    Path file = lib.resolve("mekong-data-2023.yaml");
    Path fifo = temp.resolve("fifo");
    Path saved = temp.resolve("saved.yaml");
    Files.copy(file, saved);
    assertEquals(0, new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor());
    // Swap the file for a pipe and back, as fast as possible, while brief lists the library.
    String swap =
        "while :; do ln -f '"
            + fifo
            + "' '"
            + file
            + "'; ln -f '"
            + saved
            + "' '"
            + file
            + "'; done";
    Process swapper = new ProcessBuilder("bash", "-c", swap).start();
    try {
      for (int i = 0; i < 6; i++) {
        long start = System.nanoTime();
        Run run = brief(Map.of("BRIEF_CACHE", "0"), "list", "--library", lib.toString());
        assertTrue(System.nanoTime() - start < 15_000_000_000L, "finished in time");
        assertTrue(
            run.out().contains("arctic-council-2024") && run.out().contains("caspian-ferry-2024"),
            run.out());
        assertTrue(run.code() == 0 || run.code() == 1, run.toString());
      }
    } finally {
      swapper.destroyForcibly().waitFor();
    }
  }

  @Test
  void anUnreadableSubfolderIsReportedAndTheRestIsListed() throws Exception {
    Path lib = library("lib");
    Path closed = Files.createDirectories(lib.resolve("closed"));
    Files.copy(lib.resolve("mekong-data-2023.yaml"), closed.resolve("x.yaml"));
    Files.setPosixFilePermissions(closed, PosixFilePermissions.fromString("---------"));
    Files.createDirectories(cache());
    new ProcessBuilder("chown", "-R", NOBODY + ":" + NOBODY, temp.resolve("cache").toString())
        .start()
        .waitFor();
    Files.setPosixFilePermissions(work, PosixFilePermissions.fromString("rwxrwxrwx"));
    Run run =
        run(
            Map.of(),
            List.of("setpriv", "--reuid=" + NOBODY, "--regid=" + NOBODY, "--clear-groups"),
            "list",
            "--library",
            lib.toString());
    assertEquals(0, run.code(), run.toString());
    assertEquals(3, rows(run.out()), run.out());
    assertEquals(
        "brief: 1 file could not be read ("
            + closed
            + "): brief validate "
            + lib
            + " (or --verbose) lists what to fix\n",
        run.err());
  }

  @Test
  void tooFewFileDescriptorsIsOneLineAndExitThree() throws Exception {
    for (String limit : List.of("8", "6")) {
      Run run =
          run(
              Map.of(),
              List.of("bash", "-c", "ulimit -n " + limit + " && exec \"$0\" \"$@\""),
              "summary");
      assertEquals(
          new Run(
              3,
              "",
              "brief: the open-files limit (ulimit -n "
                  + limit
                  + ") is too small; brief needs at least 32 (ulimit -n 32)\n"),
          run);
    }
  }

  @Test
  void theBenchWorkloadsRunUnderAnAddressSpaceLimitAndRunningOutOfHeapIsOneLine() throws Exception {
    Path lib = temp.resolve("generated");
    assertEquals(
        0,
        new ProcessBuilder(
                "python3",
                REPO.resolve("bench/generate-library.py").toString(),
                "300",
                lib.toString())
            .redirectOutput(ProcessBuilder.Redirect.DISCARD)
            .start()
            .waitFor());
    List<String> limited = List.of("bash", "-c", "ulimit -v 1500000 && exec \"$0\" \"$@\"");
    for (String[] args :
        List.of(
            new String[] {"list"}, new String[] {"search", "drought"}, new String[] {"summary"})) {
      List<String> all = new ArrayList<>(List.of(args));
      all.addAll(List.of("--library", lib.toString()));
      Run run = run(Map.of("BRIEF_CACHE", "0"), limited, all.toArray(String[]::new));
      assertEquals(0, run.code(), run.err());
      assertEquals("", run.err());
      assertTrue(run.out().lines().count() > 10, run.out());
    }
    Run small =
        run(Map.of(), List.of("bash", "-c", "ulimit -v 500000 && exec \"$0\" \"$@\""), "summary");
    assertEquals(
        new Run(
            3,
            "",
            "brief: the address-space limit (ulimit -v 500000) is too small for Java;"
                + " brief needs at least 1100000 KB (ulimit -v 1100000)\n"),
        small);
    Run starved =
        brief(
            Map.of("BRIEF_JAVA_OPTS", "-Xmx6m", "BRIEF_CACHE", "0"),
            "search",
            "drought",
            "--library",
            lib.toString());
    assertEquals(3, starved.code());
    assertTrue(
        starved
            .err()
            .matches(
                "brief: out of memory: the Java heap is limited to \\d+ MB;"
                    + " raise it with BRIEF_JAVA_OPTS=-Xmx2g\n"),
        starved.err());
    assertWorkingFolderEmpty();
  }

  @Test
  void everyCacheFileIsPrivate() throws Exception {
    Path lib = library("lib");
    brief(Map.of(), "summary");
    brief(Map.of(), "list", "--library", lib.toString());
    assertEquals(
        "rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(cache())));
    try (Stream<Path> files = Files.list(cache())) {
      List<Path> all = files.filter(f -> !Files.isSymbolicLink(f)).toList();
      assertTrue(all.size() >= 2, all.toString());
      for (Path f : all) {
        for (PosixFilePermission p : Files.getPosixFilePermissions(f)) {
          assertTrue(p.name().startsWith("OWNER"), f + ": " + p);
        }
      }
    }
  }

  @Test
  void aCacheFolderThatIsNotTheUsersOwnIsNotUsed() throws Exception {
    Path lib = library("lib");
    Files.createDirectories(cache());
    new ProcessBuilder("chown", NOBODY + ":" + NOBODY, cache().toString()).start().waitFor();
    Run run = brief(Map.of(), "list", "--library", lib.toString());
    assertEquals(0, run.code());
    assertEquals(3, rows(run.out()));
    assertEquals(
        cache()
            + ": warning: the cache folder belongs to another user (fix: mv "
            + cache()
            + " "
            + cache()
            + ".old): not used (brief works without it, only slower)\n",
        run.err());
    Thread.sleep(1000);
    try (Stream<Path> files = Files.list(cache())) {
      assertEquals(List.of(), files.toList());
    }
  }

  /**
   * Damages a file in place, keeping its modification time (as a careful attacker or a disk would).
   */
  private static void damage(Path file, String how) throws IOException {
    FileTime mtime = Files.getLastModifiedTime(file);
    file.toFile().setWritable(true, true);
    try (RandomAccessFile f = new RandomAccessFile(file.toFile(), "rw")) {
      switch (how) {
        case "truncated" -> f.setLength(f.length() / 2);
        case "zeroed-metadata" -> {
          // 64 KB of the first region (the read-write metadata), past the header.
          f.seek(64 * 1024);
          f.write(new byte[64 * 1024]);
        }
        case "zero-filled" -> {
          byte[] zeros = new byte[(int) f.length()];
          f.write(zeros);
        }
        default -> {
          long at = how.equals("flipped-header") ? 100 : f.length() / 2;
          f.seek(at);
          int b = f.read();
          f.seek(at);
          f.write(b ^ 0x10);
        }
      }
    }
    Files.setLastModifiedTime(file, mtime);
  }

  @ParameterizedTest(name = "Java {0}")
  @ValueSource(ints = {17, 25})
  void aDamagedArchiveNeverChangesWhatARunPrints(int version) throws Exception {
    Map<String, String> env = new HashMap<>();
    if (version == 25) {
      assumeTrue(Files.isExecutable(JAVA_25.resolve("bin/java")), "no Java 25 here");
      env.put("JAVA_HOME", JAVA_25.toString());
    }
    Run expected = brief(env, "summary", "--format", "json");
    assertEquals(0, expected.code());
    Path archive = makeArchive(env);
    byte[] good = Files.readAllBytes(archive);
    byte[] jar = Files.readAllBytes(temp.resolve("brief.jar"));
    // Damage Java itself detects (header, size, regions): the archive is not used, silently.
    for (String how : List.of("truncated", "flipped-header", "zero-filled")) {
      Files.deleteIfExists(archive);
      Files.write(archive, good);
      damage(archive, how);
      Run run = brief(env, "summary", "--format", "json");
      assertEquals(expected, run, how + ": " + run);
    }
    assertArrayEquals(jar, Files.readAllBytes(temp.resolve("brief.jar")), "the jar is intact");
    assertWorkingFolderEmpty();
  }

  @Test
  void aJavaThatCrashesStartingWithTheArchiveRunsTheCommandAgainWithoutIt() throws Exception {
    Run expected = brief(Map.of(), "summary", "--format", "json");
    Path archive = makeArchive(Map.of());
    // Damage Java 17 does not detect: it dies reading the zeroed metadata (as it would of a
    // damaged jar; the archive is trusted like the jar, built with it).
    damage(archive, "zeroed-metadata");
    Run run = brief(Map.of(), "summary", "--format", "json");
    assertEquals(0, run.code(), run.toString());
    // Java 17 prints its crash banner on standard output whatever its options say (the stream is
    // set up before they are read): brief's output follows it, whole.
    assertTrue(run.out().endsWith(expected.out()), run.toString());
    assertTrue(
        run.err()
            .startsWith(
                "brief: Java crashed using the start-up archive "
                    + archive
                    + " (report: "
                    + cache()),
        run.toString());
    assertEquals(1, run.err().lines().count(), run.err());
    assertFalse(Files.exists(archive), "the archive is removed");
    assertWorkingFolderEmpty();
  }

  @Test
  void aJavaThatCrashesAfterBriefStartedIsNotRunAgain() throws Exception {
    assumeTrue(System.getProperty("os.arch").equals("amd64"), "system call numbers of x86-64");
    Path archive = makeArchive(Map.of());
    String marker = "--width=" + (60 + new Random().nextInt(30));
    ProcessBuilder pb =
        new ProcessBuilder(REPO.resolve("bin/brief").toString(), "summary", "-", marker)
            .directory(work.toFile())
            .redirectOutput(temp.resolve("out").toFile())
            .redirectError(temp.resolve("err").toFile());
    pb.environment().put("BRIEF_JAR", temp.resolve("brief.jar").toString());
    pb.environment().put("XDG_CACHE_HOME", temp.resolve("cache").toString());
    Process launcher = pb.start(); // standard input stays open: brief waits for a briefing
    long jvm = awaitReadingStandardInput(marker);
    assertEquals(0, new ProcessBuilder("kill", "-SEGV", Long.toString(jvm)).start().waitFor());
    // Run again, it would wait for standard input once more.
    assertTrue(launcher.waitFor(30, TimeUnit.SECONDS), "the launcher ends");
    assertTrue(launcher.exitValue() != 0, "exit " + launcher.exitValue());
    String err = Files.readString(temp.resolve("err"));
    assertFalse(err.contains("running without it"), err);
    assertTrue(Files.exists(archive), "the archive is kept: brief crashed, not the archive");
    assertWorkingFolderEmpty();
  }

  /** The JVM running brief with this marker, once brief itself reads standard input. */
  private static long awaitReadingStandardInput(String marker) throws Exception {
    Instant deadline = Instant.now().plusSeconds(30);
    while (Instant.now().isBefore(deadline)) {
      for (ProcessHandle p : ProcessHandle.allProcesses().filter(p -> isJava(p, marker)).toList()) {
        try (Stream<Path> tasks = Files.list(Path.of("/proc", Long.toString(p.pid()), "task"))) {
          for (Path task : tasks.toList()) {
            // read(2) is system call 0 on x86-64; its first argument the descriptor.
            if (Files.readString(task.resolve("syscall")).startsWith("0 0x0 ")) {
              return p.pid();
            }
          }
        } catch (IOException e) {
          // the process or a thread ended meanwhile: look again
        }
      }
      Thread.sleep(100);
    }
    throw new AssertionError("no JVM reading standard input with " + marker);
  }

  @Test
  void zeroFilledCacheFilesLeaveTheJarIntactAndTheOutputRight() throws Exception {
    Path lib = library("lib");
    Run summary = brief(Map.of(), "summary");
    Run list = brief(Map.of(), "list", "--library", lib.toString());
    byte[] jar = Files.readAllBytes(temp.resolve("brief.jar"));
    try (Stream<Path> files = Files.list(cache())) {
      for (Path f :
          files.filter(f -> !Files.isSymbolicLink(f) && Files.isRegularFile(f)).toList()) {
        damage(f, "zero-filled");
      }
    }
    assertEquals(summary, brief(Map.of(), "summary"));
    assertEquals(list, brief(Map.of(), "list", "--library", lib.toString()));
    assertArrayEquals(jar, Files.readAllBytes(temp.resolve("brief.jar")));
  }

  @Test
  void parallelRunsAfterASourceChangeBuildOnceAndAFutureDatedSourceBuildsNever() throws Exception {
    Path tree = Files.createDirectories(temp.resolve("tree"));
    for (String part : List.of("pom.xml", ".mvn", "src/main", "briefings", "bin")) {
      Files.createDirectories(tree.resolve(part).getParent());
      assertEquals(
          0,
          new ProcessBuilder(
                  "cp", "-r", REPO.resolve(part).toString(), tree.resolve(part).toString())
              .start()
              .waitFor());
    }
    Files.createDirectories(tree.resolve("target"));
    Files.copy(REPO.resolve("target/brief.jar"), tree.resolve("target/brief.jar"));
    Run expected = brief(Map.of("BRIEF_CDS", "0"), "summary");
    Path source = tree.resolve("src/main/java/brief/cli/Main.java");
    Files.writeString(source, Files.readString(source) + "// changed\n");
    List<Process> runs = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      runs.add(
          fromTree(tree)
              .redirectOutput(temp.resolve("out" + i).toFile())
              .redirectError(temp.resolve("err" + i).toFile())
              .start());
    }
    int builds = 0;
    for (int i = 0; i < runs.size(); i++) {
      assertTrue(runs.get(i).waitFor(300, TimeUnit.SECONDS), "run " + i + " finished");
      String err = Files.readString(temp.resolve("err" + i));
      assertEquals(0, runs.get(i).exitValue(), err);
      assertEquals(expected.out(), Files.readString(temp.resolve("out" + i)), "run " + i);
      builds += err.contains("brief: building") ? 1 : 0;
    }
    assertEquals(1, builds, "one build for four runs");
    Files.setLastModifiedTime(source, FileTime.from(Instant.now().plusSeconds(365L * 24 * 3600)));
    for (int i = 0; i < 2; i++) {
      Run run = finish(fromTree(tree), List.of("brief"), "-future");
      assertEquals(new Run(0, expected.out(), ""), run, "a future-dated source, run " + i);
    }
  }

  @Test
  void aSignalToTheLauncherEndsTheJavaItStarted() throws Exception {
    makeArchive(Map.of()); // with an archive, the launcher waits for the JVM instead of becoming it
    String marker = "--width=" + (60 + new Random().nextInt(30));
    ProcessBuilder pb =
        new ProcessBuilder(REPO.resolve("bin/brief").toString(), "summary", "-", marker)
            .directory(work.toFile())
            .redirectOutput(ProcessBuilder.Redirect.DISCARD)
            .redirectErrorStream(true);
    pb.environment().put("BRIEF_JAR", temp.resolve("brief.jar").toString());
    pb.environment().put("XDG_CACHE_HOME", temp.resolve("cache").toString());
    Process launcher = pb.start(); // standard input stays open: the JVM waits for a briefing
    Instant deadline = Instant.now().plusSeconds(20);
    while (ProcessHandle.allProcesses().noneMatch(p -> isJava(p, marker))
        && Instant.now().isBefore(deadline)) {
      Thread.sleep(100);
    }
    assertTrue(ProcessHandle.allProcesses().anyMatch(p -> isJava(p, marker)), "the JVM is running");
    launcher.destroy(); // SIGTERM, as timeout(1) sends it
    assertTrue(launcher.waitFor(10, TimeUnit.SECONDS));
    deadline = Instant.now().plusSeconds(10);
    while (ProcessHandle.allProcesses().anyMatch(p -> isJava(p, marker))
        && Instant.now().isBefore(deadline)) {
      Thread.sleep(100);
    }
    assertFalse(
        ProcessHandle.allProcesses().anyMatch(p -> isJava(p, marker)), "no JVM left behind");
  }

  private static boolean isJava(ProcessHandle p, String marker) {
    String line = p.info().commandLine().orElse("");
    return line.contains(" brief.cli.Main ") && line.endsWith("summary - " + marker);
  }

  @Test
  void aClosedStandardStreamIsNeverTakenByAFileTheJvmOpens() throws Exception {
    Run closedIn = run(Map.of(), List.of("bash", "-c", "exec \"$0\" \"$@\" <&-"), "summary", "-");
    assertEquals(
        new Run(
            1,
            "",
            "<stdin>: error: the file is empty (expected a briefing: format, id, title,"
                + " summary, themes, sections)\n"),
        closedIn);
    Run closedOut = run(Map.of(), List.of("bash", "-c", "exec \"$0\" \"$@\" >&-"), "summary");
    assertEquals(
        new Run(3, "", "brief: standard output is closed; nothing to write to\n"), closedOut);
  }

  /** {@code bin/brief summary} of a source tree (which builds its own jar). */
  private ProcessBuilder fromTree(Path tree) {
    ProcessBuilder pb =
        new ProcessBuilder(tree.resolve("bin/brief").toString(), "summary")
            .directory(work.toFile())
            .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
    pb.environment().put("XDG_CACHE_HOME", temp.resolve("cache").toString());
    pb.environment().put("LANG", "C.UTF-8");
    pb.environment().put("BRIEF_CDS", "0");
    pb.environment().remove("BRIEF_JAR");
    return pb;
  }

  /** The briefings a {@code list} printed: a row's wrapped rest is indented, a row is not. */
  private static long rows(String listed) {
    return listed.lines().filter(l -> !l.isEmpty() && !l.startsWith(" ")).count();
  }
}
