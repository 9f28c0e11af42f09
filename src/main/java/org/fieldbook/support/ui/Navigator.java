package org.fieldbook.support.ui;

/** Moves the main window to a visit, a meeting, a note or a stakeholder (used by search and the trash). */
public interface Navigator {
    void openVisit(String visitId);

    void openMeeting(String visitId, String meetingId);

    void openNote(String visitId, String meetingId, String noteId);

    void openStakeholder(String visitId, String stakeholderId);
}
