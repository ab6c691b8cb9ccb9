package dev.gavel.startup;

import java.lang.reflect.InvocationTargetException;

/**
 * The jar's entry point. It is compiled for Java 8 (the build compiles this one class apart), so
 * that an older Java, often a machine's default, can load it and say plainly which Java Gavel needs
 * instead of failing with a class-version error. On Java 21 or newer it hands over to {@code
 * dev.gavel.Main}, which it names only as text so that nothing newer is loaded before the check.
 */
public final class Launcher {

  static final int NEEDED = 21;

  private Launcher() {}

  public static void main(String[] args) throws Throwable {
    String refusal =
        refusal(System.getProperty("java.specification.version"), System.getProperty("java.home"));
    if (refusal != null) {
      System.err.println(refusal);
      System.exit(1);
    }
    try {
      Class.forName("dev.gavel.Main").getMethod("main", String[].class).invoke(null, (Object) args);
    } catch (InvocationTargetException e) {
      throw e.getCause();
    }
  }

  /**
   * What to say on this Java, or null when it will do.
   *
   * @param specification {@code java.specification.version}: "1.8" up to Java 8, then "9", "17"…
   */
  static String refusal(String specification, String home) {
    int version = feature(specification);
    if (version >= NEEDED) {
      return null;
    }
    return "Gavel needs Java "
        + NEEDED
        + " or newer; this is Java "
        + (version > 0 ? String.valueOf(version) : specification)
        + " at "
        + home
        + ". Point JAVA_HOME at a newer one and run \"$JAVA_HOME/bin/java\" -jar gavel.jar.";
  }

  private static int feature(String specification) {
    String text = specification == null ? "" : specification.trim();
    if (text.startsWith("1.")) {
      text = text.substring(2);
    }
    int end = 0;
    while (end < text.length() && Character.isDigit(text.charAt(end))) {
      end++;
    }
    return end == 0 || end > 4 ? 0 : Integer.parseInt(text.substring(0, end));
  }
}
