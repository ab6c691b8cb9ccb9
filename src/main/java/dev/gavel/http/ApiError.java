package dev.gavel.http;

/** A request the API answers with an error status and a message, changing nothing. */
public final class ApiError extends RuntimeException {

  private final int status;

  public ApiError(int status, String message) {
    super(message);
    this.status = status;
  }

  public int status() {
    return status;
  }
}
