package dev.gavel.http;

import dev.gavel.html.Checked;
import dev.gavel.html.FormState;
import dev.gavel.programme.ProgrammeException;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.HttpStatus;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * One form's POST: check every field, make the change, then redirect so a reload does not send it
 * twice. When anything is wrong — a field, or a conflict the store finds — the same page comes back
 * with status 422, the values as sent and each message beside its field; nothing changed, because
 * the store's writes are all or nothing.
 */
public final class FormPost {

  /** Makes the change and says where to go next. */
  public interface Change<T> {
    String apply(Context ctx, T value);
  }

  /** Renders the page that holds the form again, with this form's state. */
  public interface Page {
    String render(Context ctx, FormState failed);
  }

  private FormPost() {}

  public static <T> Handler of(
      Function<Context, String> formId,
      Function<Map<String, String>, Checked<T>> check,
      Change<T> change,
      Page page) {
    return ctx -> submit(ctx, formId.apply(ctx), check, change, page);
  }

  public static <T> void submit(
      Context ctx,
      String formId,
      Function<Map<String, String>, Checked<T>> check,
      Change<T> change,
      Page page) {
    Map<String, String> values = values(ctx);
    Checked<T> checked = check.apply(values);
    Map<String, String> errors = new LinkedHashMap<>(checked.errors());
    if (checked.ok()) {
      try {
        ctx.redirect(change.apply(ctx, checked.value()), HttpStatus.SEE_OTHER);
        return;
      } catch (ProgrammeException e) {
        errors.put(e.field() == null ? FormState.WHOLE_FORM : e.field(), e.getMessage());
      } catch (IllegalArgumentException e) {
        errors.put(FormState.WHOLE_FORM, e.getMessage());
      }
    }
    ctx.status(422);
    HtmlResponse.sendWithForms(ctx, page.render(ctx, new FormState(formId, values, errors)));
  }

  /**
   * Refuses a form without reading it (its sender has sent too many, say): the page that holds it
   * comes back with this status and the message on top of the form; nothing changed.
   */
  public static void refuse(Context ctx, int status, String formId, String message, Page page) {
    ctx.status(status);
    HtmlResponse.sendWithForms(
        ctx,
        page.render(
            ctx, new FormState(formId, values(ctx), Map.of(FormState.WHOLE_FORM, message))));
  }

  /**
   * A form's POST, refused when it comes from another site's page (see {@link
   * OrganiserGate#sameOrigin}), whatever cookie comes with it.
   */
  public static Handler fromOurPages(Handler handler) {
    return ctx -> {
      if (OrganiserGate.sameOrigin(ctx)) {
        handler.handle(ctx);
      } else {
        ctx.status(403)
            .contentType("text/plain; charset=utf-8")
            .result("This form was sent from another site's page: refused.");
      }
    };
  }

  /** A form's fields, each with the first value sent; the request size is bounded by the app. */
  public static Map<String, String> values(Context ctx) {
    Map<String, String> values = new LinkedHashMap<>();
    for (Map.Entry<String, List<String>> field : ctx.formParamMap().entrySet()) {
      if (!field.getValue().isEmpty()) {
        values.put(field.getKey(), field.getValue().getFirst());
      }
    }
    return values;
  }

  public static <T> Function<Map<String, String>, Checked<T>> nothingToCheck(T value) {
    return form -> new Checked<>(value, Map.of());
  }

  /** A form id made of a prefix and a path parameter, such as {@code edit-topic-12}. */
  public static Function<Context, String> id(String prefix, String param) {
    return ctx -> prefix + ctx.pathParam(param);
  }

  public static Function<Context, String> id(String fixed) {
    return ctx -> fixed;
  }
}
