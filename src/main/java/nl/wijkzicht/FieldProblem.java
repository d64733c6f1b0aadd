package nl.wijkzicht;

import java.io.Serializable;
import java.util.List;

/**
 * One broken rule of a form: the field it belongs to, the resource-bundle key of the message and
 * its arguments. Services collect every problem of a submission and throw them together; pages show
 * each at its field (see {@code web.Messages.errorsAt}).
 */
public record FieldProblem(String field, String key, List<Object> arguments)
    implements Serializable {}
