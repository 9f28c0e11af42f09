package org.fieldbook.index.definition;

/** Loading a definition whose id is taken by a different definition: refused, nothing changes. */
public final class DefinitionConflictException extends IllegalArgumentException {
    public DefinitionConflictException(String message) {
        super(message);
    }
}
