package io.listcheck;

import static org.assertj.core.api.Assertions.assertThat;

import io.listcheck.screen.Screener;
import io.listcheck.source.Fixtures;
import io.listcheck.source.ListFormatException;
import io.listcheck.source.ListSource;
import io.listcheck.source.RawFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * What every fuzz target of a reader or parser checks: an input is either read, or rejected with a documented
 * exception whose message is one line naming the file. Anything else (a RuntimeException, an Error, a hang) is a
 * finding. Also the plumbing the targets share: fixture bytes as seeds and a scratch folder for inputs that must be
 * files.
 */
public final class FuzzContract {
  private static final Path SCRATCH = scratchFolder();

  private FuzzContract() {}

  /** Asserts that a rejection is the one-line, file-naming message the CLI prints as is. */
  public static void assertDocumentedRejection(Exception rejection, String file) {
    assertThat(rejection.getMessage()).as("message of %s", rejection.getClass().getSimpleName())
        .isNotBlank().startsWith(file).doesNotContain("\n", "\r");
  }

  /**
   * The input cut to the longest supplier name that is screened ({@link Screener#MAX_NAME_CHARS}): a longer one is
   * an error row, and a 54,000 character name took more than the fuzzer's 10 s per input under instrumentation.
   */
  public static String screenedName(String input) {
    return input.length() > Screener.MAX_NAME_CHARS ? input.substring(0, Screener.MAX_NAME_CHARS) : input;
  }

  /** Writes fuzz bytes to a file of the given name in this JVM's scratch folder, replacing the previous input. */
  public static Path write(String name, byte[] content) {
    try {
      return Files.write(SCRATCH.resolve(name), content);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A path in this JVM's scratch folder, for targets that need more than one file. */
  public static Path scratch(String name) {
    return SCRATCH.resolve(name);
  }

  public static byte[] bytes(Path file) {
    try {
      return Files.readAllBytes(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Path testResourcesRoot() {
    try {
      return Path.of(FuzzContract.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    } catch (java.net.URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Every test resource whose name ends with the suffix (case-insensitive), so fixtures added later become seeds. */
  public static Stream<byte[]> resourcesEndingWith(String suffix) {
    try (Stream<Path> files = Files.walk(testResourcesRoot())) {
      return files.filter(Files::isRegularFile)
          .filter(p -> p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(suffix))
          .filter(p -> !p.toString().contains("FuzzTestInputs"))
          .sorted()
          .map(FuzzContract::bytes)
          .toList().stream();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A seed for a target that reads its first byte as a selector and the rest as content. */
  public static byte[] selected(int selector, byte[] content) {
    byte[] seed = new byte[content.length + 1];
    seed[0] = (byte) selector;
    System.arraycopy(content, 0, seed, 1, content.length);
    return seed;
  }

  /** The selector of an input made by {@link #selected}, in [0, choices). */
  public static int selector(byte[] input, int choices) {
    return input.length == 0 ? 0 : (input[0] & 0xFF) % choices;
  }

  /** The content of an input made by {@link #selected}. */
  public static byte[] content(byte[] input) {
    return input.length == 0 ? input : Arrays.copyOfRange(input, 1, input.length);
  }

  /**
   * Parses with the source the file picked by the input's first byte, holding the rest of the input. With
   * {@code siblings}, the source also gets the other fixture files, so that joins across its files run on fuzzed
   * data; without, it gets the picked file alone (for sources that read one of several alternative files).
   */
  public static void checkSource(ListSource source, Map<String, Path> fixtures, boolean siblings, byte[] input) {
    List<String> names = List.copyOf(fixtures.keySet());
    String picked = names.get(selector(input, names.size()));
    Map<String, Path> files = new LinkedHashMap<>(siblings ? fixtures : Map.of());
    files.put(picked, write(picked, content(input)));
    try {
      source.parse(new RawFiles(files));
    } catch (ListFormatException | IOException e) {
      assertDocumentedRejection(e, picked);
    }
  }

  /** Seeds for {@link #checkSource}: each fixture file behind its selector. */
  public static Stream<byte[]> sourceSeeds(Map<String, Path> fixtures) {
    List<Path> files = List.copyOf(fixtures.values());
    return IntStream.range(0, files.size()).mapToObj(i -> selected(i, bytes(files.get(i))));
  }

  /** The named files of a fixture folder, in the given order, for {@link #checkSource}. */
  public static Map<String, Path> fixtureFiles(String folder, String... names) {
    Map<String, Path> files = new LinkedHashMap<>();
    for (String name : names) {
      files.put(name, Fixtures.path(folder + name));
    }
    return files;
  }

  private static Path scratchFolder() {
    try {
      Path dir = Files.createTempDirectory("listcheck-fuzz");
      Runtime.getRuntime().addShutdownHook(new Thread(() -> deleteQuietly(dir)));
      return dir;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void deleteQuietly(Path dir) {
    try (Stream<Path> all = Files.walk(dir)) {
      all.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException ignored) {
      // A leftover scratch folder in the temp directory is harmless.
    }
  }
}
