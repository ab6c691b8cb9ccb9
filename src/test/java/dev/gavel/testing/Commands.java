package dev.gavel.testing;

import com.fasterxml.jackson.databind.ObjectMapper;

/** Room commands as a client writes them, with any text quoted as JSON quotes it. */
public final class Commands {

  private static final ObjectMapper JSON = new ObjectMapper();

  private Commands() {}

  public static String note(String text) {
    return "{\"type\":\"note\",\"text\":" + quoted(text) + "}";
  }

  public static String cutOff(String reason) {
    return "{\"type\":\"cutOff\",\"reason\":" + quoted(reason) + "}";
  }

  /** The text as a JSON string, quotes and all, whatever characters it holds. */
  public static String quoted(String text) {
    return JSON.valueToTree(text).toString();
  }
}
