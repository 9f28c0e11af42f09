package org.fieldbook.support;

/** One library the app ships with, and its licence. */
public record DependencyLicence(String name, String artifact, String version, String licence, String url) {
}
