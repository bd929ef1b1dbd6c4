package org.cityreports.archive.control;

import java.util.List;

/** Why an archive cannot be imported: a message key of the bundle and its arguments. */
public class ArchiveException extends Exception {

    private final String messageKey;
    private final transient List<Object> arguments;

    public ArchiveException(String messageKey, Object... arguments) {
        super(messageKey + " " + List.of(arguments));
        this.messageKey = messageKey;
        this.arguments = List.of(arguments);
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] arguments() {
        return arguments.toArray();
    }
}
