package org.fieldbook.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * One-line previews of notes (the meeting panel, the note list) read as text, not as typed: no raw Markdown marks such
 * as **Concern:** (ProgrammePane and NoteCell use {@link MarkdownText#preview}).
 */
class MarkdownTextTest {
    @Test
    void markdownMarksAreNotShown() {
        assertEquals("Concern: parking near the mosque is short on Fridays.",
                MarkdownText.preview("**Concern:** parking near the *mosque* is short on Fridays.", 140));
        assertEquals("Follow-up Ask the youth council for the survey; see the report.",
                MarkdownText.preview("## Follow-up\n- Ask the *youth council* for the `survey`;\n- see [the report](https://example.org).", 140));
        String p = MarkdownText.preview("**Quote:** " + "word ".repeat(60), 140);
        assertTrue(p.length() <= 140 && p.endsWith("…") && p.startsWith("Quote: word"), p);
        assertEquals("", MarkdownText.preview("  \n ", 140));
        assertEquals("To check with the office: see file_name.docx.",
                MarkdownText.preview("_To check with the office_: see file_name.docx.", 140));
    }
}
