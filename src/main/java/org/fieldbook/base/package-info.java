/**
 * The few small types every layer shares, the store included: a problem that names itself with a code
 * ({@link org.fieldbook.base.Coded}) and a coded part of a problem ({@link org.fieldbook.base.Phrase}). Depends on
 * nothing but the JDK, so the store and {@code support} can both use it without a cycle. No JavaFX here.
 */
package org.fieldbook.base;
