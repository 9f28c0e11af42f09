/**
 * The intercultural profile of a visit: sections (one tracked record each), their revisions and diffs,
 * links from paragraphs to the notes they came from, the recommendations list, and the INDEX results port.
 */
package org.fieldbook.profile;
