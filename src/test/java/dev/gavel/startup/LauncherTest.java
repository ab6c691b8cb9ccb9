package dev.gavel.startup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The jar's entry point: loadable by an old Java, which it tells which Java Gavel needs. */
class LauncherTest {

  @Test
  void anOldJava_isToldWhichJavaGavelNeedsAndWhereItIs() {
    assertEquals(
        "Gavel needs Java 21 or newer; this is Java 17 at /usr/lib/jvm/java-17. Point JAVA_HOME at"
            + " a newer one and run \"$JAVA_HOME/bin/java\" -jar gavel.jar.",
        Launcher.refusal("17", "/usr/lib/jvm/java-17"));
  }

  @Test
  void java8_isNamedAs8NotAs1Point8() {
    assertEquals(
        "Gavel needs Java 21 or newer; this is Java 8 at /opt/jre8. Point JAVA_HOME at a newer one"
            + " and run \"$JAVA_HOME/bin/java\" -jar gavel.jar.",
        Launcher.refusal("1.8", "/opt/jre8"));
  }

  @Test
  void java21AndNewer_areLetThrough() {
    assertNull(Launcher.refusal("21", "/x"));
    assertNull(Launcher.refusal("25", "/x"));
    assertNull(Launcher.refusal("100", "/x"));
  }

  @Test
  void theLauncherClass_isCompiledForJava8() throws IOException {
    try (InputStream in = Launcher.class.getResourceAsStream("Launcher.class");
        DataInputStream data = new DataInputStream(in)) {
      assertEquals(0xCAFEBABE, data.readInt());
      data.readUnsignedShort();
      assertEquals(52, data.readUnsignedShort(), "class file version 52 is Java 8");
    }
  }

  @Test
  void onARealJava17_theLauncherSaysSoAndExitsWith1() throws IOException, InterruptedException {
    Optional<Path> old = OldJava.find();
    assumeTrue(old.isPresent(), "no Java older than 21 on this machine (set GAVEL_OLD_JAVA)");
    Path classes =
        Path.of(Launcher.class.getProtectionDomain().getCodeSource().getLocation().getPath());

    Process process =
        new ProcessBuilder(
                old.get().toString(), "-cp", classes.toString(), Launcher.class.getName())
            .start();
    String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);

    assertTrue(process.waitFor(60, TimeUnit.SECONDS));
    assertEquals(1, process.exitValue(), err);
    Path home = old.get().getParent().getParent();
    Matcher said =
        Pattern.compile("Gavel needs Java 21 or newer; this is Java (\\d+) at (.+?)\\. Point")
            .matcher(err);
    assertTrue(said.find(), err);
    assertEquals(String.valueOf(OldJava.version(home)), said.group(1));
    assertEquals(home.toRealPath(), Path.of(said.group(2)).toRealPath());
    assertEquals(1, err.lines().count(), err);
  }
}
