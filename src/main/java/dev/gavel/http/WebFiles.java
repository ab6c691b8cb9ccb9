package dev.gavel.http;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The views' own files from {@code web/}, as the build put them beside the classes. */
public final class WebFiles {

  private WebFiles() {}

  /**
   * @param name a path under {@code web/}, such as {@code display/index.html}
   * @throws IllegalStateException when the build left it out
   */
  public static String text(String name) {
    try (InputStream in = WebFiles.class.getResourceAsStream("/web/" + name)) {
      if (in == null) {
        throw new IllegalStateException("the file web/" + name + " is missing from the build");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
