package dev.gavel.programme;

/**
 * A change to the programme that cannot be made as asked: a slug already taken, a session that is
 * not there. Nothing was changed.
 *
 * @see #field() the form field to show the message beside, or null when it is about the whole
 *     request
 */
public final class ProgrammeException extends RuntimeException {

  private final String field;

  public ProgrammeException(String field, String message) {
    super(message);
    this.field = field;
  }

  public String field() {
    return field;
  }
}
