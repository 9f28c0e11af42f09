/**
 * Bundle cryptography with the JDK only: workspace Ed25519/X25519 key pairs, fingerprints, bundle signatures,
 * AES-256-GCM payload encryption and the content key wrapped for a recipient (X25519 + HKDF-SHA256 + AES-GCM).
 */
package org.fieldbook.sync.crypto;
