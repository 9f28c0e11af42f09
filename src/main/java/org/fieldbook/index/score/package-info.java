/**
 * INDEX scores: points per answer, area rates of achievement, and the weighted ICC Index, computed from the
 * city's answers (self-assessed) and from the expert's verified answers, side by side.
 */
package org.fieldbook.index.score;
