package io.listcheck;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.listcheck.store.Json;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The README's first command, run as a user runs it: the launcher script, the shaded jar, the shipped lists/. */
class ShippedListsIT {
  private static final Path ROOT = Path.of("").toAbsolutePath();

  record Process(int exitCode, String out, String err) {}

  private static Process run(List<String> command) throws IOException, InterruptedException {
    ProcessBuilder builder = new ProcessBuilder(command).directory(ROOT.toFile());
    builder.environment().remove("LISTCHECK_LISTS");
    java.lang.Process process = builder.start();
    byte[] out = process.getInputStream().readAllBytes();
    byte[] err = process.getErrorStream().readAllBytes();
    assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
    return new Process(process.exitValue(), new String(out, StandardCharsets.UTF_8), new String(err, StandardCharsets.UTF_8));
  }

  @Test
  void launcherScreensTheExampleFileOnTheShippedListsAndExitsOneOnHits() throws Exception {
    Process p = run(List.of("bash", "listcheck", "screen", "examples/suppliers.csv"));
    assertThat(p.exitCode()).as(p.err()).isEqualTo(1);
    assertThat(p.out()).contains("SZ DJI Technology Co Ltd", "Hangzhou Hikvision Digital Technology Co. Ltd.", "ofac-nonsdn:33111");
  }

  @Test
  void shadedJarReportsDjiOnTheNsCmicEntry() throws Exception {
    Process p = run(List.of("java", "-jar", "target/listcheck.jar", "--lists", "lists",
        "screen", "--name", "SZ DJI Technology Co., Ltd.", "--format", "json"));
    assertThat(p.exitCode()).as(p.err()).isEqualTo(1);
    JsonNode report = Json.MAPPER.readTree(p.out());
    assertThat(report.at("/results/0/matches").findValuesAsText("entryId")).contains("ofac-nonsdn:33111");
  }

  @Test
  void shippedListsHoldTheRealCmicCount() throws Exception {
    Process p = run(List.of("java", "-jar", "target/listcheck.jar", "--lists", "lists", "lists"));
    assertThat(p.exitCode()).as(p.err()).isZero();
    assertThat(p.out()).containsPattern("ofac-nonsdn .* 2025-12-19 .* 442 ").containsPattern("fcc-covered .* 19 ");
  }
}
