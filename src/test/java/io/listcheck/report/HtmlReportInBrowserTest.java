package io.listcheck.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Renders the HTML report in headless chromium through scripts/check-html-report.sh; skipped where chromium is absent. */
class HtmlReportInBrowserTest {
  @TempDir
  Path dir;

  @Test
  void rendersInARealBrowserWithoutRunningInjectedScript() throws Exception {
    assumeTrue(Files.isExecutable(Path.of("/usr/bin/chromium")), "chromium is not installed");
    Path html = Files.writeString(dir.resolve("report.html"), ReportFormatsTest.render(ReportFormat.HTML, true), StandardCharsets.UTF_8);
    Process check = new ProcessBuilder("bash", "scripts/check-html-report.sh", html.toString(), dir.resolve("out").toString())
        .redirectErrorStream(true).start();
    String output = new String(check.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(check.waitFor(120, TimeUnit.SECONDS)).isTrue();
    assertThat(check.exitValue()).as(output).isZero();
    assertThat(Files.size(dir.resolve("out/report.png"))).isPositive();
    assertThat(Files.readString(dir.resolve("out/dom.html"))).contains("&lt;script&gt;alert('x')&lt;/script&gt;");
  }
}
