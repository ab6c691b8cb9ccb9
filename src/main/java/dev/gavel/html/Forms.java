package dev.gavel.html;

/**
 * The forms of one page: the one that came back with mistakes shows what was sent; every other form
 * shows its defaults.
 *
 * @param failed the form that was sent and refused, or null
 */
public record Forms(FormState failed) {

  public static final Forms NONE = new Forms(null);

  public FormState state(String id) {
    return failed != null && failed.id().equals(id) ? failed : FormState.blank(id);
  }

  /** {@code " open"} for the {@code <details>} holding a refused form, so it shows its messages. */
  public String open(String id) {
    return failed != null && failed.id().equals(id) ? " open" : "";
  }
}
