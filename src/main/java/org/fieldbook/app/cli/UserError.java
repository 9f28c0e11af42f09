package org.fieldbook.app.cli;

/** A mistake the user can fix (wrong id, missing file): printed as one line, exit code 1. */
public class UserError extends RuntimeException {
    public UserError(String message) {
        super(message);
    }
}
