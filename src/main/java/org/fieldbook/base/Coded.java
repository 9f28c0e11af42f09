package org.fieldbook.base;

/**
 * A problem that names itself with a code (and its values), so each language can say it in its own words
 * ({@code support.Texts#problem} says it as {@code problem.CODE}).
 */
public interface Coded {
    String code();

    Object[] args();
}
